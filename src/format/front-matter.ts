// The YAML front matter of the Markdown export, written by hand so it needs no YAML
// library in the extension. Every string is double-quoted with JSON-style escapes (valid
// YAML 1.1 and 1.2), so no title or notice can break out of its field.
//
//   frontMatterData(record) → the fields, as plain data
//   frontMatter(record) → "---\n…\n---\n"
import type { ArticleRecord } from '../extract/record';

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

/**
 * A double-quoted YAML scalar. Beyond JSON's escapes: lone surrogates become U+FFFD, and
 * DEL, C1 controls, BOM and the U+2028/2029 separators (line breaks to YAML 1.1) are escaped.
 * So are "<" and "[": where the front matter is pasted into a Markdown field that does not
 * know front matter, it is read as Markdown, and these two open every tag, autolink and link.
 */
export function yamlString(text: string): string {
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return JSON.stringify(wellFormed).replace(
    /[<[\u007F-\u009F\u2028\u2029\uFEFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: string | number | boolean | null): string {
  return typeof value === 'string' ? yamlString(value) : String(value);
}

const isMap = (v: YamlValue): v is { [key: string]: YamlValue } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Block-style YAML for a mapping; keys are this module's own identifiers, written plain. */
export function toYaml(map: { [key: string]: YamlValue }, indent = ''): string {
  return Object.entries(map)
    .map(([key, value]) => `${indent}${key}:${yamlValue(value, indent)}`)
    .join('\n');
}

function yamlValue(value: YamlValue, indent: string): string {
  if (Array.isArray(value)) {
    if (!value.length) return ' []';
    return value
      .map((item) => {
        if (isMap(item)) return `\n${indent}  - ${toYaml(item, `${indent}    `).trimStart()}`;
        if (Array.isArray(item)) return `\n${indent}  -${yamlValue(item, `${indent}  `)}`;
        return `\n${indent}  - ${scalar(item)}`;
      })
      .join('');
  }
  if (isMap(value)) return Object.keys(value).length ? `\n${toYaml(value, `${indent}  `)}` : ' {}';
  return ` ${scalar(value)}`;
}

/** Drops null fields: absent in the record, absent in the front matter. */
function compact(map: { [key: string]: YamlValue | undefined }): { [key: string]: YamlValue } {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== null && v !== undefined)) as {
    [key: string]: YamlValue;
  };
}

export function frontMatterData(record: ArticleRecord): { [key: string]: YamlValue } {
  const source = record.originalSource;
  return compact({
    title: record.title,
    subtitle: record.subtitle,
    authors: record.authors.map((a) => a.name),
    published: record.publishedAt,
    original_source: source && compact({ publisher: source.publisher, date: source.date, url: source.url }),
    url: record.canonicalUrl || record.url,
    site: record.site,
    lang: record.lang,
    regions: record.regions,
    themes: record.themes,
    in_depth_reports: record.inDepthReports,
    copyright: record.copyright?.text,
    republication_notice: record.republication?.notice,
  });
}

export function frontMatter(record: ArticleRecord): string {
  return `---\n${toYaml(frontMatterData(record))}\n---\n`;
}
