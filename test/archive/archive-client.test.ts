// The archive client against a fake fetch: every answer the Wayback Machine and archive.org
// give, and every way a request fails. No network.
import { describe, expect, it, vi } from 'vitest';
import { archiveTodayUrl, availabilityUrl, CAPTURE_MATCHES, saveUrl } from '../../src/archive/addresses';
import { nearestCapture } from '../../src/archive/availability';
import { archivedCopy } from '../../src/archive/results';
import { mementoOf, savePageNow, type NetDeps } from '../../src/archive/save-page-now';

const ARTICLE = 'https://www.globalresearch.ca/russia-and-iran-are-coordinating-in-syria-to-preserve-regional-stability/5479551';
const CAPTURE = `https://web.archive.org/web/20250304101742/${ARTICLE}`;
const AT = '2025-03-04T10:17:42Z';

function response(status: number, init: { headers?: Record<string, string>; body?: string; url?: string; redirected?: boolean } = {}): Response {
  const res = new Response(status === 204 || status === 304 ? null : (init.body ?? ''), { status, headers: init.headers });
  Object.defineProperty(res, 'url', { value: init.url ?? '' });
  Object.defineProperty(res, 'redirected', { value: init.redirected ?? false });
  return res;
}

const deps = (answer: (url: string, init?: RequestInit) => Response | Promise<Response>, online = true): NetDeps & { fetch: ReturnType<typeof vi.fn> } => ({
  fetch: vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init)),
  online: () => online,
});

describe('savePageNow', () => {
  it('asks Save Page Now once, with a GET, no cookies and a time limit', async () => {
    const d = deps(() => response(200, { url: CAPTURE, redirected: true }));
    await savePageNow(ARTICLE, d);
    expect(d.fetch).toHaveBeenCalledTimes(1);
    const [url, init] = d.fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`https://web.archive.org/save/${ARTICLE}`);
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'follow' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ['a redirect to the capture', response(200, { url: CAPTURE, redirected: true })],
    ['a Content-Location header', response(200, { headers: { 'content-location': `/web/20250304101742/${ARTICLE}` } })],
    [
      'a Link header with rel="memento"',
      response(200, {
        headers: {
          link: `<${ARTICLE}>; rel="original", <https://web.archive.org/web/timemap/link/${ARTICLE}>; rel="timemap"; type="application/link-format", <https://web.archive.org/web/20150101000000/${ARTICLE}>; rel="first memento"; datetime="Thu, 01 Jan 2015 00:00:00 GMT", <http://web.archive.org/web/20250304101742/${ARTICLE}>; rel="memento"; datetime="Tue, 04 Mar 2025 10:17:42 GMT"`,
        },
      }),
    ],
  ])('reads the new capture from %s', async (_, res) => {
    expect(await savePageNow(ARTICLE, deps(() => res))).toEqual({ ok: true, value: { url: CAPTURE, capturedAt: AT } });
  });

  it.each([
    [429, 'rate-limited'],
    [403, 'blocked'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [520, 'server'],
    [523, 'server'],
    [404, 'unexpected'],
  ] as const)('says what HTTP %i means: %s', async (status, failure) => {
    expect(await savePageNow(ARTICLE, deps(() => response(status)))).toEqual({ ok: false, failure, status });
  });

  it('reads "blocked by robots.txt" from its error header, whatever the status', async () => {
    const res = response(200, { headers: { 'x-archive-wayback-runtime-error': 'RobotAccessControlException: Blocked By Robots' } });
    expect(await savePageNow(ARTICLE, deps(() => res))).toEqual({ ok: false, failure: 'blocked', status: 200 });
  });

  it('tells offline from unreachable, and a time-out from both', async () => {
    const refuse = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await savePageNow(ARTICLE, deps(refuse, false))).toEqual({ ok: false, failure: 'offline' });
    expect(await savePageNow(ARTICLE, deps(refuse, true))).toEqual({ ok: false, failure: 'unreachable' });
    const slow = (_: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    expect(await savePageNow(ARTICLE, { ...deps(slow), timeoutMs: 20 })).toEqual({ ok: false, failure: 'timeout' });
  });

  it('says so when the answer does not give the capture', async () => {
    expect(await savePageNow(ARTICLE, deps(() => response(200, { body: '<html>Saving page…</html>' })))).toEqual({ ok: false, failure: 'no-address', status: 200 });
  });
});

describe('nearestCapture', () => {
  const json = (body: unknown) => response(200, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  it('asks for the capture nearest the date and reads it', async () => {
    const d = deps(() => json({ url: ARTICLE, archived_snapshots: { closest: { status: '200', available: true, url: `http://web.archive.org/web/20151003123456/${ARTICLE}`, timestamp: '20151003123456' } } }));
    expect(await nearestCapture(ARTICLE, '2015-10-02', d)).toEqual({ ok: true, value: { url: `https://web.archive.org/web/20151003123456/${ARTICLE}`, capturedAt: '2015-10-03T12:34:56Z' } });
    const asked = new URL(d.fetch.mock.calls[0][0] as string);
    expect(`${asked.origin}${asked.pathname}`).toBe('https://archive.org/wayback/available');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ url: ARTICLE, timestamp: '20151002' });
  });

  it('reports no capture as null, and other answers as failures', async () => {
    expect(await nearestCapture(ARTICLE, null, deps(() => json({ url: ARTICLE, archived_snapshots: {} })))).toEqual({ ok: true, value: null });
    expect(await nearestCapture(ARTICLE, null, deps(() => json({ archived_snapshots: { closest: { available: false } } })))).toEqual({ ok: true, value: null });
    expect(await nearestCapture(ARTICLE, null, deps(() => response(200, { body: 'not json' })))).toEqual({ ok: false, failure: 'unexpected', status: 200 });
    expect(await nearestCapture(ARTICLE, null, deps(() => json({ archived_snapshots: { closest: { available: true, url: 'https://evil.example/' } } })))).toEqual({
      ok: false,
      failure: 'unexpected',
      status: 200,
    });
    expect(await nearestCapture(ARTICLE, null, deps(() => response(429)))).toEqual({ ok: false, failure: 'rate-limited', status: 429 });
  });
});

describe('addresses', () => {
  it('builds each archive address, escaping what needs escaping', () => {
    expect(saveUrl(ARTICLE)).toBe(`https://web.archive.org/save/${ARTICLE}`);
    expect(availabilityUrl('https://x.example/a?b=1&c=2', 'bad date')).toBe('https://archive.org/wayback/available?url=https%3A%2F%2Fx.example%2Fa%3Fb%3D1%26c%3D2');
    expect(archiveTodayUrl('https://x.example/a?b=1&c=2')).toBe('https://archive.today/?run=1&url=https%3A%2F%2Fx.example%2Fa%3Fb%3D1%26c%3D2');
  });

  it('matches Wayback captures of both sites, and of nothing else', () => {
    expect(CAPTURE_MATCHES).toEqual(['https://web.archive.org/web/*/*globalresearch.ca/*', 'https://web.archive.org/web/*/*mondialisation.ca/*']);
  });

  it('reads a capture from any form of its address, and nothing else', () => {
    expect(archivedCopy(`/web/20250304101742id_/${ARTICLE}`)).toEqual({ url: CAPTURE, capturedAt: AT });
    expect(archivedCopy('https://archive.ph/abcde')).toBeNull();
    expect(mementoOf('<https://web.archive.org/web/1/x>; rel="first memento"')).toBeNull();
  });
});
