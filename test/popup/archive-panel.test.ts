// @vitest-environment jsdom
// The Archive panel as a user drives it, with the network and the permission prompt replaced:
// nothing is asked or sent before a click, the permission is asked within the click, and every
// outcome of Save Page Now and of the availability lookups ends as a visible status.
import { describe, expect, it, vi } from 'vitest';
import { ARCHIVE_ORIGINS, archiveTodayUrl } from '../../src/archive/addresses';
import type { ArchivedCopy } from '../../src/archive/results';
import type { ArticleRecord } from '../../src/extract/record';
import { archivePanel, captureLine, waybackOffer, type ArchiveDeps } from '../../src/popup/archive-panel';
import { articleFixtures, withFields } from '../format/articles';
import { useLocale } from '../setup-i18n';

const articles = articleFixtures();
const crossPost = articles.find((a) => a.name.startsWith('2024-'))!.record;
const original = articles.find((a) => a.name.startsWith('2023-'))!.record;
const CAPTURE = `https://web.archive.org/web/20250304101742/${crossPost.canonicalUrl}`;

type Answer = (url: string) => Response | Promise<Response>;

function deps(answer: Answer, granted = true) {
  const calls: string[] = [];
  const archived: ArchivedCopy[] = [];
  const requests: unknown[] = [];
  const d: ArchiveDeps = {
    permissions: {
      request: vi.fn((p) => {
        requests.push(p);
        return Promise.resolve(granted);
      }),
      contains: vi.fn(() => Promise.resolve(granted)),
    },
    fetch: vi.fn(async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return answer(String(input));
    }) as typeof fetch,
    online: () => true,
    copy: vi.fn(async () => ({ ok: true })),
    onArchived: (c) => archived.push(c),
  };
  return { d, calls, archived, requests };
}

const redirect = (url: string) => {
  const res = new Response('');
  Object.defineProperty(res, 'url', { value: url });
  Object.defineProperty(res, 'redirected', { value: true });
  return res;
};
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const button = (panel: HTMLElement, id: string) => panel.querySelector<HTMLButtonElement>(`#${id}`)!;
const status = (panel: HTMLElement) => panel.querySelector('.archive-status')!;

async function settled(panel: HTMLElement, id: string): Promise<void> {
  await vi.waitFor(() => expect(button(panel, id).getAttribute('aria-disabled')).toBeNull(), { timeout: 5000 });
}

describe('captureLine', () => {
  it('says which copy was read, when, and links to it', () => {
    const line = captureLine({ service: 'Wayback Machine', url: CAPTURE, capturedAt: '2015-10-03T12:34:56Z' });
    expect(line.textContent).toMatch(/^Read from a Wayback Machine copy, captured .*2015.* 12:34 UTC · Open the capture$/);
    expect(line.querySelector('a')?.getAttribute('href')).toBe(CAPTURE);
  });

  it('speaks the UI language (French)', () => {
    useLocale('fr');
    try {
      const line = captureLine({ service: 'Wayback Machine', url: CAPTURE, capturedAt: '2015-10-03T12:34:56Z' });
      expect(line.textContent).toMatch(/^Lu dans une copie \(Wayback Machine\), capturée le .* UTC · Ouvrir la capture$/);
      expect(archivePanel(crossPost, deps(() => redirect(CAPTURE)).d).querySelector('#archive-page')?.textContent).toBe('Archiver cette page');
    } finally {
      useLocale('en');
    }
  });

  it('never links to an address that is not http(s)', () => {
    const line = captureLine({ service: 'Print view', url: 'javascript:alert(1)', capturedAt: null });
    expect(line.querySelector('a')).toBeNull();
    expect(line.textContent).toBe('Read from a Print view copy · Open the capture');
  });
});

describe('the Archive panel', () => {
  it('asks nothing and sends nothing until a button is clicked', async () => {
    const { d, calls, requests } = deps(() => redirect(CAPTURE));
    archivePanel(crossPost, d);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('offers archive.today as a link to its submission page, opened in a new tab', () => {
    const a = archivePanel(crossPost, deps(() => redirect(CAPTURE)).d).querySelector<HTMLAnchorElement>('a.button')!;
    expect(a.getAttribute('href')).toBe(archiveTodayUrl(crossPost.canonicalUrl));
    expect(a.target).toBe('_blank');
    expect(a.rel).toBe('noopener noreferrer');
  });

  it('asks for the permission within the click, and sends nothing when it is refused', async () => {
    const { d, calls, requests } = deps(() => redirect(CAPTURE), false);
    const panel = archivePanel(crossPost, d);
    button(panel, 'archive-page').click();
    expect(requests).toEqual([{ origins: ARCHIVE_ORIGINS }]); // synchronously, inside the click
    await settled(panel, 'archive-page');
    expect(calls).toEqual([]);
    expect(status(panel).textContent).toBe('Access to web.archive.org was not allowed, so nothing was sent.');
  });

  it('archives the article with progress, shows the capture, copies its address and hands it to the citations', async () => {
    let answer!: (r: Response) => void;
    const { d, calls, archived } = deps(() => new Promise<Response>((resolve) => (answer = resolve)));
    const panel = archivePanel(crossPost, d);
    button(panel, 'archive-page').click();
    await vi.waitFor(() => expect(panel.querySelector('progress')).not.toBeNull());
    expect(status(panel).textContent).toBe('Asking the Wayback Machine to archive this page… This can take a minute.');
    button(panel, 'archive-page').click(); // a second click while it runs asks nothing more
    answer(redirect(CAPTURE));
    await settled(panel, 'archive-page');
    expect(d.permissions.request).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([`https://web.archive.org/save/${crossPost.canonicalUrl}`]);
    expect(panel.querySelector<HTMLAnchorElement>('a.capture-url')?.getAttribute('href')).toBe(CAPTURE);
    expect(status(panel).textContent).toMatch(/^Archived on the Wayback Machine, .*2025.* 10:17 UTC\.$/);
    expect(archived).toEqual([{ url: CAPTURE, capturedAt: '2025-03-04T10:17:42Z' }]);
    button(panel, 'copy-capture').click();
    await vi.waitFor(() => expect(status(panel).textContent).toBe('Capture address copied.'));
    expect(d.copy).toHaveBeenCalledWith(CAPTURE);
  });

  it.each([
    ['rate limited (429)', () => new Response('', { status: 429 }), 'The Wayback Machine is limiting requests right now (HTTP 429). Try again in a few minutes.'],
    ['blocked (403)', () => new Response('', { status: 403 }), 'The Wayback Machine cannot archive this page: the site blocks it or it is excluded. Try again later, or use archive.today.'],
    ['failing (503)', () => new Response('', { status: 503 }), 'The Wayback Machine had an error (HTTP 503). Try again later.'],
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch')), 'Could not reach the Wayback Machine (offline, or blocked on this network). Try again later.'],
  ])('says what to do when the Wayback Machine is %s', async (_, answer, text) => {
    const { d, archived } = deps(answer as Answer);
    const panel = archivePanel(crossPost, d);
    button(panel, 'archive-page').click();
    await settled(panel, 'archive-page');
    expect(status(panel).textContent).toBe(text);
    expect(status(panel).classList.contains('error')).toBe(true);
    expect(text).toMatch(/[Tt]ry again|archive\.today/);
    expect(panel.querySelector('progress')).toBeNull();
    expect(archived).toEqual([]);
  });

  it('finds the captures nearest the dates of the article and, for a cross-post, of its original', async () => {
    const src = crossPost.originalSource!;
    const { d, calls } = deps((url) => {
      const asked = new URL(url).searchParams.get('url');
      return asked === crossPost.canonicalUrl
        ? json({ archived_snapshots: { closest: { available: true, status: '200', url: `http://web.archive.org/web/20240220080000/${asked}`, timestamp: '20240220080000' } } })
        : json({ archived_snapshots: {} });
    });
    const panel = archivePanel(crossPost, d);
    button(panel, 'find-archives').click();
    await settled(panel, 'find-archives');
    expect(calls.map((u) => Object.fromEntries(new URL(u).searchParams))).toEqual([
      { url: crossPost.canonicalUrl, timestamp: crossPost.publishedAt!.replaceAll('-', '') },
      { url: src.url, timestamp: (src.date ?? crossPost.publishedAt)!.replaceAll('-', '') },
    ]);
    const rows = [...panel.querySelectorAll('.archive-found dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(rows[0][0]).toBe('Global Research page');
    expect(rows[0][1]).toMatch(/2024.* 08:00 UTC · Open$/);
    expect(rows[1]).toEqual([`Original (${src.publisher})`, 'No capture yet.']);
    expect(status(panel).textContent).toBe('Nearest Wayback Machine captures.');
  });

  it('looks up only the article for a Global Research original', async () => {
    const { d, calls } = deps(() => json({ archived_snapshots: {} }));
    const panel = archivePanel(original, d);
    button(panel, 'find-archives').click();
    await settled(panel, 'find-archives');
    expect(calls).toHaveLength(1);
  });

  it('reports a failed lookup in the list and in the status', async () => {
    const panel = archivePanel(withFields(crossPost, { originalSource: null }), deps(() => new Response('', { status: 502 })).d);
    button(panel, 'find-archives').click();
    await settled(panel, 'find-archives');
    expect(status(panel).textContent).toBe('The Wayback Machine had an error (HTTP 502). Try again later.');
  });
});

describe('the offer to read Wayback captures', () => {
  it('stands where access is not granted, and asks for it on a click', async () => {
    const { d, requests } = deps(() => redirect(CAPTURE), false);
    const granted = vi.fn();
    const offer = waybackOffer(d.permissions, granted);
    await new Promise((r) => setTimeout(r, 0));
    expect(offer.hidden).toBe(false);
    expect(requests).toEqual([]);
    (d.permissions.request as ReturnType<typeof vi.fn>).mockResolvedValueOnce(true);
    offer.querySelector('button')!.click();
    expect(d.permissions.request).toHaveBeenCalledWith({ origins: ARCHIVE_ORIGINS });
    await vi.waitFor(() => expect(granted).toHaveBeenCalled());
  });

  it('is hidden once access is granted', async () => {
    const offer = waybackOffer(deps(() => redirect(CAPTURE), true).d.permissions, () => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(offer.hidden).toBe(true);
  });
});

describe('the capture just made', () => {
  it('joins the attribution that Copy attribution copies, and the citations', async () => {
    const { copyAttribution } = await import('../../src/popup/action-panels');
    const { setJustArchived } = await import('../../src/popup/just-archived');
    const { DEFAULT_SETTINGS } = await import('../../src/format/settings');
    const copied: string[] = [];
    // The editor as the popup wires it (editor-wiring.ts): no archived() of its own.
    const editor = {
      record: crossPost,
      settings: async () => DEFAULT_SETTINGS,
      copy: async (p: { text: string }) => (copied.push(p.text), { ok: true as const, rich: true }),
      download: () => ({ ok: true as const }),
      openReader: async () => undefined,
      openOptions: () => undefined,
      today: () => '2025-03-04',
    };
    await copyAttribution(editor as never);
    expect(copied[0]).not.toContain('web.archive.org');
    setJustArchived({ url: CAPTURE, capturedAt: '2025-03-04T10:17:42Z' });
    await copyAttribution(editor as never);
    expect(copied[1].split('\n').at(-1)).toBe(`Archived by the Wayback Machine on March 04, 2025: ${CAPTURE}`);
    const { citePanel } = await import('../../src/popup/action-panels');
    const nodes = await citePanel(editor as never, () => async () => undefined);
    const preview = nodes.find((n) => (n as Element).classList?.contains('citation-preview'));
    expect(preview?.textContent).toContain(CAPTURE);
    const { browserEditor } = await import('../../src/popup/editor-wiring');
    expect(browserEditor(crossPost, { id: 1 }).archived).toBeUndefined();
  });
});
