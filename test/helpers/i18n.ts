// browser.i18n.getMessage for the unit tests, as the browser answers it: the messages
// @wxt-dev/i18n builds from locales/<lang>.yml (the same files the build ships in _locales).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText, type ChromeMessage, type ParsedMessage } from '@wxt-dev/i18n/build';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function parsedLocale(lang: Locale): ParsedMessage[] {
  return parseMessagesText(readFileSync(join(ROOT, 'locales', `${lang}.yml`), 'utf8'), 'YAML');
}

const built = new Map<Locale, Record<string, ChromeMessage>>();
export function messages(lang: Locale): Record<string, ChromeMessage> {
  let m = built.get(lang);
  if (!m) built.set(lang, (m = generateChromeMessages(parsedLocale(lang))));
  return m;
}

/** Chrome's substitution: $1…$9 from the list, "$$" for a dollar sign; unknown names give "". */
export function getMessage(lang: Locale, name: string, substitutions?: string | string[]): string {
  const m = messages(lang)[name];
  if (!m) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return m.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
