// The UI's words in the browser's UI language. locales/en.yml and locales/fr.yml are built
// by @wxt-dev/i18n into _locales/<lang>/messages.json; the browser picks the file for its UI
// language and browser.i18n.getMessage reads it (no file is fetched, nothing is bundled).
// The record's own text keeps the article's language, and so do the attribution and the
// rights summary (src/format): each element says which language it is in (WCAG 3.1.2).
import { i18n, type GeneratedI18nStructure } from '#i18n';

export const t = i18n.t;

type Structure = GeneratedI18nStructure;
/** A key of the locale files whose message takes no substitution (the generated type). */
export type MessageKey = { [K in keyof Structure]: Structure[K] extends { substitutions: 0; plural: false } ? K : never }[keyof Structure];

/** The UI's language ("en", "fr"): the page's lang, and the lang of UI words set among article text. */
export function uiLang(): string {
  return t('lang');
}

/**
 * Static markup of an extension page, localized: `data-i18n` sets the text, `data-i18n-title`
 * and `data-i18n-aria-label` those attributes. The root gets the UI's language.
 */
export function localizePage(doc: Document = document): void {
  doc.documentElement.lang = uiLang();
  const text = (key: string) => t(key as MessageKey);
  for (const node of doc.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = text(node.dataset.i18n!);
  for (const node of doc.querySelectorAll<HTMLElement>('[data-i18n-title]')) node.title = text(node.dataset.i18nTitle!);
  for (const node of doc.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) node.setAttribute('aria-label', text(node.dataset.i18nAriaLabel!));
}
