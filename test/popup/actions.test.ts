// What each editorial action puts on the clipboard or in a file, for every fixture article.
import { describe, expect, it } from 'vitest';
import { attribution } from '../../src/format/attribution';
import { citation, CITATION_FORMATS } from '../../src/format/citation';
import { articleHtml, htmlDocument } from '../../src/format/html-document';
import { markdownExport } from '../../src/format/markdown';
import type { Settings } from '../../src/format/settings';
import {
  attributionPayload,
  citationDownload,
  citationFormats,
  citationPayload,
  exportDownload,
  exportPayload,
  preloadExport,
} from '../../src/popup/actions';
import { readerPath } from '../../src/popup/editor-wiring';
import { todayIso } from '../../src/popup/format';
import { articleFixtures, rows } from '../format/articles';
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';

// The HTML export and the clipboard sanitise again, in the window they run in: jsdom's stands in for the popup's.
vi.stubGlobal('window', new JSDOM('').window);

const articles = articleFixtures();
const withCopyright: Settings = { defaultExportFormat: 'markdown', includeCopyright: true, citationLanguage: 'ui' };
const withoutCopyright: Settings = { defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'en' };

describe('the editorial actions on every fixture', () => {
  it.each(rows(articles))('%s: Copy attribution gives the linked HTML and the plain text', (_name, { record }) => {
    const a = attribution(record, { includeCopyright: true });
    expect(attributionPayload(record, withCopyright)).toEqual({ text: a.text, html: a.html });
    if (record.copyright) expect(attributionPayload(record, withCopyright).text).toContain(record.copyright.text);
    else expect(attributionPayload(record, withCopyright).text).not.toContain('©');
    expect(attributionPayload(record, withoutCopyright).text).not.toContain('©');
    expect(attributionPayload(record, withoutCopyright).html).not.toContain('Copyright ©');
  });

  it.each(rows(articles))('%s: Copy Markdown is the whole export as plain text', async (_name, { record }) => {
    const payload = await exportPayload(record, 'markdown', withCopyright);
    expect(payload).toEqual({ text: markdownExport(record, { includeCopyright: true }), html: null });
    expect(payload.text).toMatch(/^---\n/);
    expect((await exportPayload(record, 'markdown', withoutCopyright)).text).toBe(markdownExport(record, { includeCopyright: false }));
  });

  it.each(rows(articles))('%s: Copy HTML is the document source, and the article as rich text', async (_name, { record }) => {
    const payload = await exportPayload(record, 'html', withCopyright);
    expect(payload.text).toBe(htmlDocument(record, { includeCopyright: true }));
    expect(payload.text).toMatch(/^<!DOCTYPE html>/);
    expect(payload.html).toBe(articleHtml(record, { includeCopyright: true }));
    expect(payload.html).not.toMatch(/<!DOCTYPE|<style|<script/i);
  });

  it.each(rows(articles))('%s: downloads are named after the article, typed, and hold the export', async (_name, { record }) => {
    const md = await exportDownload(record, 'markdown', withCopyright);
    expect(md.name).toMatch(new RegExp(`^[a-z0-9-]+-${record.postId}\\.md$`));
    expect(md.mime).toBe('text/markdown;charset=utf-8');
    expect(md.content).toBe(markdownExport(record, { includeCopyright: true }));
    const html = await exportDownload(record, 'html', withoutCopyright);
    expect(html.name).toBe(md.name.replace(/\.md$/, '.html'));
    expect(html.mime).toBe('text/html;charset=utf-8');
    expect(html.content).toBe(htmlDocument(record, { includeCopyright: false }));
  });

  it.each(rows(articles))('%s: every citation format, each copyable, styles also as rich text', async (_name, { record }) => {
    const formats = await citationFormats();
    expect(formats.map((f) => f.id)).toEqual(['apa', 'mla', 'chicago', 'bibtex', 'biblatex', 'ris', 'csl-json']);
    for (const f of formats) {
      const payload = await citationPayload(record, f.id, { accessed: '2025-01-15' });
      expect(payload).toEqual(citation(record, f.id, { accessed: '2025-01-15' }));
      expect(payload.text.length).toBeGreaterThan(40);
      if (f.kind === 'style') expect(payload.html).toContain('<i>');
      else expect(payload.html).toBeNull();
    }
    const bib = await citationDownload(record, CITATION_FORMATS.find((f) => f.id === 'bibtex')!, { accessed: '2025-01-15' });
    expect(bib.name).toMatch(/\.bib$/);
    expect(bib.mime).toBe('application/x-bibtex;charset=utf-8');
    expect(bib.content).toMatch(/^@misc\{/);
    const biblatex = await citationDownload(record, CITATION_FORMATS.find((f) => f.id === 'biblatex')!, { accessed: '2025-01-15' });
    expect(biblatex.name).toMatch(/\.bib$/);
    expect(biblatex.content).toMatch(/^@online\{/);
  });
});

describe('action helpers', () => {
  it('preloading never rejects', async () => {
    await expect(preloadExport('markdown')).resolves.toBeDefined();
    await expect(preloadExport('html')).resolves.toBeDefined();
  });

  it('the access date is the local calendar day', () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(todayIso(new Date(2024, 11, 31, 0, 1))).toBe('2024-12-31');
  });

  it('the reader page carries the tab id only', () => {
    expect(readerPath(42)).toBe('/reader.html?tab=42');
  });
});
