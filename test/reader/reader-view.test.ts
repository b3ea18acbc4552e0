// @vitest-environment jsdom
// The reader page's article for every fixture record: the provenance header, the clean
// article sanitised again, the notice at the end; record strings only ever as text.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/record';
import { readerView } from '../../src/reader/reader-view';
import { sanitizeArticle } from '../../src/reader/sanitize';
import { articleFixtures, rows, withFields } from '../format/articles';

const articles = articleFixtures();
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const render = (record: ArticleRecord) => {
  const view = readerView(record);
  document.body.replaceChildren(view);
  return view;
};
/** Anything that could run: script-like elements, handlers, script URLs, styles. */
function unsafe(root: Element): string[] {
  const found: string[] = [];
  for (const e of root.querySelectorAll('script, iframe, frame, object, embed, style, link, meta, base, form, input, button, svg, math, template')) found.push(e.tagName);
  for (const e of root.querySelectorAll('*')) {
    for (const a of Array.from(e.attributes)) {
      if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc') found.push(`${e.tagName}[${a.name}]`);
      if (/^(?:href|src|action|formaction|xlink:href)$/i.test(a.name) && !/^(?:https?:|mailto:)/i.test(a.value)) found.push(`${e.tagName}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

describe('the reader view of every fixture', () => {
  it.each(rows(articles))('%s: dateline, title, subtitle, authors, reading stats', (_name, { record }) => {
    const view = render(record);
    expect(view.getAttribute('lang')).toBe(record.lang);
    expect(norm(view.querySelector('h1')!.textContent)).toBe(norm(record.title));
    expect(view.querySelectorAll('h1')).toHaveLength(1);
    if (record.subtitle) expect(norm(view.querySelector('.subtitle')!.textContent)).toBe(norm(record.subtitle));
    const byline = norm(view.querySelector('.byline')?.textContent);
    for (const a of record.authors) expect(byline).toContain(norm(a.name));
    if (record.publishedAt) expect(view.querySelector(`.dateline time[datetime="${record.publishedAt}"]`)).not.toBeNull();
    expect(norm(view.querySelector('.stats')!.textContent)).toContain(`${record.content.readingMinutes} min read`);
  });

  it.each(rows(articles))('%s: the provenance header: original source, Global Research address, copyright', (_name, { record }) => {
    const prov = render(record).querySelector('.provenance')!;
    const text = norm(prov.textContent);
    if (record.originalSource) expect(text).toContain(norm(record.originalSource.publisher));
    if (record.originalSource?.url) expect(prov.querySelector(`a[href="${new URL(record.originalSource.url).href}"]`)).not.toBeNull();
    expect(prov.querySelector<HTMLAnchorElement>('a.canonical')!.href).toBe(new URL(record.canonicalUrl).href);
    if (record.copyright) expect(text).toContain(norm(record.copyright.text));
  });

  it.each(rows(articles))('%s: the article itself, boilerplate-free, then the bio and the notice', (_name, { record, mustContain, mustNotContain }) => {
    const view = render(record);
    // The image credit under the image is metadata shown in place, not article text.
    const bodyNode = view.querySelector('.reader-body')!.cloneNode(true) as Element;
    bodyNode.querySelectorAll('.image-credit').forEach((c) => c.remove());
    const body = norm(bodyNode.textContent);
    for (const s of mustContain) expect(body).toContain(norm(s));
    for (const s of mustNotContain) expect(body).not.toContain(norm(s));
    const words = body.split(' ').length;
    expect(Math.abs(words - record.content.wordCount)).toBeLessThanOrEqual(record.content.wordCount * 0.05 + 20);
    if (record.authorBio) expect(norm(view.querySelector('.bio')!.textContent)).toContain(norm(record.authorBio));
    const notice = view.querySelector('footer.notice')!;
    expect(view.lastElementChild).toBe(notice);
    if (record.republication) expect(norm(notice.querySelector('.notice-text')!.textContent)).toBe(norm(record.republication.notice));
    if (record.republication?.contact) expect(notice.querySelector(`a[href="mailto:${record.republication.contact}"]`)).not.toBeNull();
  });

  it.each(rows(articles))('%s: nothing that can run, every link safe and opening beside the reader', (_name, { record }) => {
    const view = render(record);
    expect(unsafe(view)).toEqual([]);
    for (const a of view.querySelectorAll('a')) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
    for (const img of view.querySelectorAll('img')) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
  });

  it.each(rows(articles.filter((a) => a.record.featuredImage?.credit)))('%s: the featured image credit, under the image or after the article', (_name, { record }) => {
    const view = render(record);
    const credit = record.featuredImage!.credit!;
    const caption = view.querySelector('.reader-body .image-credit');
    if (record.content.html.includes(`src="${record.featuredImage!.src}"`)) {
      expect(caption!.textContent).toBe(credit);
      const before = caption!.previousElementSibling!;
      // Images wait for "Show images": the address is held in data-src.
      const img = `img[data-src="${record.featuredImage!.src}"]`;
      expect(before.matches(img) || before.querySelector(img) !== null).toBe(true);
    } else {
      expect(caption).toBeNull();
      expect(norm(view.querySelector('.notes')!.textContent)).toContain(norm(credit));
    }
  });
});

describe('hostile input in the reader', () => {
  const hostileFixture = articles.find((a) => a.name === '2022-hostile-markup')!;

  it('the hostile 2022 fixture: markup in the title stays text, nothing runs', () => {
    const view = render(hostileFixture.record);
    expect(view.querySelector('h1')!.textContent).toBe(hostileFixture.record.title);
    expect(view.querySelector('h1 b, h1 i')).toBeNull();
    expect(unsafe(view)).toEqual([]);
  });

  it('content HTML that got past the content script is sanitised again', () => {
    const html = [
      '<p onclick="alert(1)" style="color:red" class="toolbar" id="app">Text <script>alert(2)</script><b>bold</b></p>',
      '<img src="x" onerror="alert(3)"><img src="javascript:alert(4)"><img src="https://example.org/i.jpg" srcset="javascript:x 1x">',
      '<a href="javascript:alert(5)">js</a> <a href="data:text/html,<script>alert(6)</script>">data</a> <a href="https://example.org/">ok</a>',
      '<iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x"><form action="https://evil.example/"><input name="q"><button>go</button></form>',
      '<style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<svg><script>alert(7)</script><a xlink:href="javascript:alert(8)"><text>svg</text></a></svg><math><mi xlink:href="javascript:alert(9)">m</mi></math>',
      '<template><img src=x onerror=alert(10)></template><noscript><img src=x onerror=alert(11)></noscript>',
    ].join('\n');
    const record = withFields(hostileFixture.record, {
      title: '<img src=x onerror=alert(12)>',
      authors: [{ name: '<script>alert(13)</script>', url: 'javascript:alert(14)' }],
      originalSource: { publisher: '<b>Press</b>', date: null, url: 'javascript:alert(15)' },
      republication: { notice: '<a href="javascript:x">cross-post</a>', contact: 'a@b.c?bcc=all@example.org' },
      content: { ...hostileFixture.record.content, html },
    });
    const view = render(record);
    expect(unsafe(view)).toEqual([]);
    const body = view.querySelector('.reader-body')!;
    expect(body.querySelector('[id], [class]:not(.image-credit)')).toBeNull();
    expect(norm(body.textContent)).toContain('Text bold');
    expect(Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([null, null, 'https://example.org/']);
    expect(view.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(12)>');
    expect(norm(view.querySelector('.byline')!.textContent)).toContain('<script>alert(13)</script>');
    expect(view.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('sanitize returns nodes, not a string to parse', () => {
    const fragment = sanitizeArticle('<p>a<script>b</script></p>');
    expect(fragment.nodeType).toBe(Node.DOCUMENT_FRAGMENT_NODE);
    expect(fragment.textContent).toBe('a');
  });
});
