// The schema.org graph that Yoast and other WordPress plugins print: read-only, never trusted for markup.

export type LdNode = Record<string, unknown>;

export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      const stack = Array.isArray(data) ? [...data] : [data];
      while (stack.length) {
        const n = stack.pop();
        if (!n || typeof n !== 'object') continue;
        if (Array.isArray(n)) stack.push(...n);
        else {
          nodes.push(n as LdNode);
          const graph = (n as LdNode)['@graph'];
          if (Array.isArray(graph)) stack.push(...graph);
        }
      }
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  }
  return nodes;
}

export const ldTypes = (n: LdNode): string[] => {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|OpinionNewsArticle|AnalysisNewsArticle)$/;

export const ldArticle = (nodes: LdNode[]): LdNode | null =>
  nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPES.test(t))) ?? null;

export const ldString = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Authors of the article node, resolving `@id` references to Person nodes in the graph. */
export function ldAuthors(nodes: LdNode[], article: LdNode | null): { name: string; url: string | null }[] {
  if (!article) return [];
  const raw = article.author;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const out: { name: string; url: string | null }[] = [];
  for (const a of list) {
    if (typeof a === 'string') {
      out.push({ name: a, url: null });
      continue;
    }
    if (!a || typeof a !== 'object') continue;
    const ref = byId.get((a as LdNode)['@id'] as string);
    const node = { ...(ref ?? {}), ...(a as LdNode) };
    const name = ldString(node.name);
    if (name) out.push({ name, url: ldString(node.url) });
  }
  return out;
}

/** The first image URL of the article node (string, ImageObject, list or @id reference). */
export function ldImage(nodes: LdNode[], article: LdNode | null): string | null {
  if (!article) return null;
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  let img: unknown = article.image ?? article.thumbnailUrl;
  if (Array.isArray(img)) img = img[0];
  if (typeof img === 'string') return img;
  if (img && typeof img === 'object') {
    const node = { ...(byId.get((img as LdNode)['@id'] as string) ?? {}), ...(img as LdNode) };
    return ldString(node.url) ?? ldString(node.contentUrl) ?? ldString(article.thumbnailUrl);
  }
  return null;
}
