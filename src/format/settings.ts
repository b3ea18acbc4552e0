// The settings that persist (options page, popup): the default export format, whether
// the attribution carries the copyright line, and the language citations are written in. Storage wiring lives with the entry points;
// this is the shape, its defaults, and a guard for whatever storage hands back.
//
//   DEFAULT_SETTINGS, normalizeSettings(unknown) → Settings
export type ExportFormat = 'markdown' | 'html';

/** Citations in the article's language, the interface's, or always English (citation-locale.ts). */
export type CitationLanguage = 'article' | 'ui' | 'en';

export const CITATION_LANGUAGES: readonly CitationLanguage[] = ['article', 'ui', 'en'];

/** The CSL locales citations are written in. */
export type CitationLocale = 'en-US' | 'fr-FR';

const localeOfLang = (lang: string | null | undefined): CitationLocale => (/^fr\b/i.test(lang ?? '') ? 'fr-FR' : 'en-US');

/** The locale a citation is written in, from the setting, the article's language and the interface's. */
export function citationLocale(choice: CitationLanguage, articleLang: string, uiLang: string | null | undefined): CitationLocale {
  if (choice === 'article') return localeOfLang(articleLang);
  if (choice === 'ui') return localeOfLang(uiLang);
  return 'en-US';
}

export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'html'];

export interface Settings {
  /** What "Export" copies or downloads when the user does not pick a format. */
  defaultExportFormat: ExportFormat;
  /** Whether the attribution (and the exports' attribution header) includes the copyright line. */
  includeCopyright: boolean;
  /** Citations in the article's language, the interface's, or always English. */
  citationLanguage: CitationLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  defaultExportFormat: 'markdown',
  includeCopyright: true,
  citationLanguage: 'ui',
});

const isExportFormat = (v: unknown): v is ExportFormat => EXPORT_FORMATS.includes(v as ExportFormat);
const isCitationLanguage = (v: unknown): v is CitationLanguage => CITATION_LANGUAGES.includes(v as CitationLanguage);

/** Any stored value (missing, partial, from an older version, corrupted) → complete, valid settings. */
export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    defaultExportFormat: isExportFormat(v.defaultExportFormat) ? v.defaultExportFormat : DEFAULT_SETTINGS.defaultExportFormat,
    includeCopyright: typeof v.includeCopyright === 'boolean' ? v.includeCopyright : DEFAULT_SETTINGS.includeCopyright,
    citationLanguage: isCitationLanguage(v.citationLanguage) ? v.citationLanguage : DEFAULT_SETTINGS.citationLanguage,
  };
}
