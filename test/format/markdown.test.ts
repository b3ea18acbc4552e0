// The Markdown export on every fixture: YAML front matter that parses and round-trips,
// a body free of boilerplate, the attribution header and the notice at the end.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { frontMatter, yamlString } from '../../src/format/front-matter';
import { htmlToMarkdown, markdownExport, markdownSections } from '../../src/format/markdown';
import { articleFixtures, rows, withFields } from './articles';

const articles = articleFixtures();
const on = { includeCopyright: true };

/** The YAML between the opening and closing "---" of an export. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!m) throw new Error('no front matter');
  return parseYaml(m[1]);
}

/** Markdown back to roughly the words a reader sees: escapes, link targets and emphasis marks gone. */
const readable = (md: string) =>
  md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/(^|\s)[_*]+|[_*]+(?=\s|[.,;:!?]|$)/gm, '$1')
    .replace(/\s+/g, ' ');

describe('Markdown export of every fixture', () => {
  it.each(rows(articles))('%s: front matter parses as YAML and round-trips the record', (_name, { record }) => {
    const fm = frontMatterOf(markdownExport(record, on));
    expect(fm.title).toBe(record.title);
    expect(fm.subtitle ?? null).toBe(record.subtitle);
    expect(fm.authors).toEqual(record.authors.map((a) => a.name));
    expect(fm.published ?? null).toBe(record.publishedAt);
    expect(fm.url).toBe(record.canonicalUrl);
    expect(fm.lang).toBe(record.lang);
    expect(fm.regions).toEqual(record.regions);
    expect(fm.themes).toEqual(record.themes);
    expect(fm.in_depth_reports).toEqual(record.inDepthReports);
    expect(fm.copyright ?? null).toBe(record.copyright?.text ?? null);
    expect(fm.republication_notice ?? null).toBe(record.republication?.notice ?? null);
    const source = record.originalSource;
    if (source) {
      expect(fm.original_source).toEqual({
        publisher: source.publisher,
        ...(source.date ? { date: source.date } : {}),
        ...(source.url ? { url: source.url } : {}),
      });
    } else {
      expect(fm.original_source).toBeUndefined();
    }
  });

  // mustNotContain is checked against the BODY only: the front matter, the attribution
  // header and the notice footer legitimately repeat "Copyright ©", "Region"-like fields,
  // the site date line and the cross-post permission — that is their job.
  it.each(rows(articles))('%s: the body has none of the boilerplate and all of the article', (_name, a) => {
    const { body } = markdownSections(a.record, on);
    const words = readable(body);
    for (const s of a.mustNotContain) {
      expect(body, `body contains "${s}"`).not.toContain(s);
      expect(words, `body reads "${s}"`).not.toContain(s.replace(/\s+/g, ' '));
    }
    for (const s of a.mustContain) expect(words, `body lacks "${s}"`).toContain(s.replace(/\s+/g, ' '));
    expect(words).toContain(a.record.content.excerpt.replace(/\s+/g, ' ').slice(0, 80));
  });

  it.each(rows(articles))('%s: title, attribution header first, notice last', (_name, { record }) => {
    const md = markdownExport(record, on);
    const s = markdownSections(record, on);
    expect(md.startsWith(s.frontMatter)).toBe(true);
    expect(md.indexOf(s.header)).toBeLessThan(md.indexOf(s.body));
    expect(s.header).toMatch(/^# /);
    expect(s.header).toContain(`](${record.canonicalUrl})`);
    if (record.copyright) expect(s.header).toContain(record.copyright.text.replace(/[&<>[\]_*]/g, '\\$&'));
    else expect(s.header).not.toContain('©');
    expect(markdownSections(record, { includeCopyright: false }).header).not.toContain('©');
    if (record.republication) {
      expect(md.trimEnd().endsWith(s.footer)).toBe(true);
      expect(readable(s.footer)).toContain(record.republication.notice);
    }
    expect(md.endsWith('\n')).toBe(true);
  });

  it('keeps French accents and typography', () => {
    const fr = articles.find((a) => a.record.lang === 'fr')!;
    const md = markdownExport(fr.record, on);
    expect(md).toContain('Déserts médicaux : quand la rentabilité redessine la carte des soins');
    expect(md).toContain('« déserts médicaux »');
    expect(md).toContain('Par [Claire Vautrin-Morel]');
    expect(frontMatterOf(md).themes).toEqual(['Pauvreté et inégalités sociales', 'Science et médecine']);
  });

  it('writes the hostile title as text in every place', () => {
    const { record } = articles.find((a) => a.name === '2022-hostile-markup')!;
    const md = markdownExport(record, on);
    expect(frontMatterOf(md).title).toBe(record.title);
    // Raw in the YAML string (data), escaped everywhere Markdown is rendered.
    expect(md.slice(markdownSections(record, on).frontMatter.length)).not.toMatch(/(?<!\\)<b>/);
    expect(md).toContain('# Why "\\<b\\>Bold\\</b\\>" & \\<i\\>Claims\\</i\\> Fail');
  });
});

describe('htmlToMarkdown', () => {
  it('converts tables with the GFM plugin', () => {
    const md = htmlToMarkdown('<table><thead><tr><th>Year</th><th>Tonnes</th></tr></thead><tbody><tr><td>2022</td><td>1,200</td></tr></tbody></table>');
    expect(md).toContain('| Year | Tonnes |');
    expect(md).toContain('| 2022 | 1,200 |');
  });

  it('keeps markup-looking text as text', () => {
    expect(htmlToMarkdown('<p>Use &lt;script&gt; and &amp;copy; with care</p>')).toBe('Use \\<script> and \\&copy; with care');
  });
});

describe('YAML strings', () => {
  it('round-trips any string through the yaml parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const wellFormed = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        expect(parseYaml(`key: ${yamlString(s)}`)).toEqual({ key: wellFormed });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a title that looks like YAML inside its field', () => {
    const { record } = articles[0];
    const tricky = withFields(record, { title: 'Yes: no\n---\nurl: "x" # not a comment', subtitle: '- [list]?', regions: ['@at', '*star', 'null'] });
    const fm = parseYaml(frontMatter(tricky).replace(/^---\n|---\n$/g, ''));
    expect(fm.title).toBe(tricky.title);
    expect(fm.subtitle).toBe('- [list]?');
    expect(fm.regions).toEqual(['@at', '*star', 'null']);
    expect(fm.url).toBe(record.canonicalUrl);
  });
});
