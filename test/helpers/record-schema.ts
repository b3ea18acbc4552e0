// A structural check of ExtractResult against SPEC.md: every key, every type, nothing missing.
type Check = (v: unknown, path: string, errors: string[]) => void;

const str: Check = (v, p, e) => void (typeof v !== 'string' && e.push(`${p}: not a string`));
const num: Check = (v, p, e) => void (typeof v !== 'number' || !Number.isFinite(v) ? e.push(`${p}: not a number`) : 0);
const nullable = (c: Check): Check => (v, p, e) => void (v !== null && c(v, p, e));
const arrayOf = (c: Check): Check => (v, p, e) => {
  if (!Array.isArray(v)) e.push(`${p}: not an array`);
  else v.forEach((x, i) => c(x, `${p}[${i}]`, e));
};
const isoDate: Check = (v, p, e) => void (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) ? e.push(`${p}: not an ISO date`) : 0);
const obj = (shape: Record<string, Check>): Check => (v, p, e) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return void e.push(`${p}: not an object`);
  for (const [k, c] of Object.entries(shape)) {
    if (!(k in v)) e.push(`${p}.${k}: missing`);
    else c((v as Record<string, unknown>)[k], `${p}.${k}`, e);
  }
};
const oneOf = (...values: string[]): Check => (v, p, e) => void (!values.includes(v as string) && e.push(`${p}: ${String(v)} not allowed`));

const article = obj({
  kind: oneOf('article'),
  url: str,
  canonicalUrl: str,
  postId: nullable(num),
  site: str,
  lang: str,
  title: str,
  subtitle: nullable(str),
  authors: arrayOf(obj({ name: str, url: nullable(str) })),
  publishedAt: nullable(isoDate),
  originalSource: nullable(obj({ publisher: str, date: nullable(isoDate), url: nullable(str) })),
  regions: arrayOf(str),
  themes: arrayOf(str),
  inDepthReports: arrayOf(str),
  tagUrls: (v, p, e) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return void e.push(`${p}: not an object`);
    for (const [k, x] of Object.entries(v)) str(x, `${p}[${JSON.stringify(k)}]`, e);
  },
  copyright: nullable(obj({ text: str, holders: arrayOf(str), publisher: nullable(str), year: nullable(num) })),
  republication: nullable(obj({ notice: str, contact: nullable(str) })),
  authorBio: nullable(str),
  featuredImage: nullable(obj({ src: str, credit: nullable(str) })),
  notes: arrayOf(str),
  content: obj({ html: str, text: str, wordCount: num, readingMinutes: num, excerpt: str }),
  removed: arrayOf(
    obj({
      kind: oneOf('top-note', 'donation', 'membership', 'facebook', 'source-line', 'copyright', 'disclaimer', 'fair-use', 'media-inquiries', 'author-box', 'share-prompt', 'other'),
      text: str,
      rule: oneOf('wording', 'place'),
    }),
  ),
  capture: nullable(obj({ service: str, url: nullable(str), capturedAt: nullable(str) })),
  evidence: (v, p, e) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return void e.push(`${p}: not an object`);
    for (const [k, x] of Object.entries(v)) str(x, `${p}[${JSON.stringify(k)}]`, e);
  },
});
const notArticle = obj({ kind: oneOf('not-article'), url: str, reason: str });

/** The schema violations of `value` (empty when it is a valid ExtractResult). */
export function schemaErrors(value: unknown): string[] {
  const errors: string[] = [];
  const kind = (value as { kind?: unknown } | null)?.kind;
  (kind === 'not-article' ? notArticle : article)(value, 'result', errors);
  return errors;
}

/** Every string in a value, with its path. */
export function* strings(v: unknown, path = 'result'): Generator<[string, string]> {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* strings(v[i], `${path}[${i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, `${path}.${k}`);
}
