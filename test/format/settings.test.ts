// Persisted settings and download names: pure shapes and guards.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/format/settings';
import { EXPORT_FILE_TYPES, exportFileName, slugify } from '../../src/format/export-file';
import { articleFixtures } from './articles';

describe('normalizeSettings', () => {
  it('defaults: Markdown, copyright included, citations in the interface’s language', () => {
    expect(DEFAULT_SETTINGS).toEqual({ defaultExportFormat: 'markdown', includeCopyright: true, citationLanguage: 'ui' });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it.each([undefined, null, 42, 'html', [], {}])('%j → the defaults', (value) => {
    expect(normalizeSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and repairs the rest field by field', () => {
    const ui = { citationLanguage: 'ui' };
    expect(normalizeSettings({ defaultExportFormat: 'html', includeCopyright: false })).toEqual({ defaultExportFormat: 'html', includeCopyright: false, ...ui });
    expect(normalizeSettings({ defaultExportFormat: 'pdf', includeCopyright: false })).toEqual({ defaultExportFormat: 'markdown', includeCopyright: false, ...ui });
    expect(normalizeSettings({ defaultExportFormat: 'html', includeCopyright: 'no' })).toEqual({ defaultExportFormat: 'html', includeCopyright: true, ...ui });
    expect(normalizeSettings({ defaultExportFormat: 'html', extra: 1 })).toEqual({ defaultExportFormat: 'html', includeCopyright: true, ...ui });
    expect(normalizeSettings({ citationLanguage: 'article' }).citationLanguage).toBe('article');
    expect(normalizeSettings({ citationLanguage: 'de' }).citationLanguage).toBe('ui');
  });
});

describe('exportFileName', () => {
  it('names downloads after the article’s slug and id', () => {
    const names = articleFixtures().map((a) => exportFileName(a.record, EXPORT_FILE_TYPES.markdown.extension));
    expect(names).toContain('russia-and-iran-are-coordinating-in-syria-to-preserve-regional-stability-5479551.md');
    expect(names).toContain('deserts-medicaux-quand-la-rentabilite-redessine-la-carte-des-soins-5668231.md');
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.md$/);
  });

  it('falls back to the title, and to "article"', () => {
    expect(exportFileName({ canonicalUrl: 'https://www.mondialisation.ca/5668231', title: 'Déserts médicaux', postId: 5668231 }, 'html')).toBe(
      'deserts-medicaux-5668231.html',
    );
    expect(exportFileName({ canonicalUrl: 'not a url', title: '!!!', postId: null }, '.md')).toBe('article.md');
    expect(slugify('  L’œuvre : « Ça » ')).toBe('l-uvre-ca');
  });
});
