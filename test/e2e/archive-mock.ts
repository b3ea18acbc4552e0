// A loopback stand-in for web.archive.org, web-static.archive.org and archive.org, for the
// e2e suite: Wayback captures of the fixture pages in Wayback's markup (test/helpers/
// saved-copies.ts: toolbar, /_static/ scripts, rewritten links), Save Page Now (a 302 to the
// new capture, or a 429, or a 503, or a dropped connection for "offline", as the test sets it),
// and the availability API. It logs every request, so the suite can tell that nothing reached
// the archives before a click.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fixture } from '../helpers/fixtures';
import { loadCopyTables, waybackCapture } from '../helpers/saved-copies';

export const ARCHIVE_HOSTS = ['web.archive.org', 'web-static.archive.org', 'archive.org'];

export type SaveMode = 'capture' | 'rate-limited' | 'server-error' | 'offline';

export interface ArchiveRequest {
  at: number;
  method: string;
  url: string;
}

export interface ArchiveMock {
  /** Whether a request for this host is the mock's. */
  handles(host: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): void;
  /** Every request it saw, in order. */
  readonly log: ArchiveRequest[];
  /** What Save Page Now answers from now on. */
  saveMode: SaveMode;
  /** The address of the fixture's capture (the timestamp of test/fixtures/saved/wayback.json). */
  captureOf(fx: Fixture): string;
  /** The capture a successful Save Page Now makes. */
  readonly savedTimestamp: string;
}

const STATIC_JS = `// A stand-in for Wayback's playback scripts: the functions its inline scripts call.
window.__wm = window.__wm || { init() {}, wombat() {}, bt() {}, rw() {} };
`;

export function archiveMock(fixtures: Fixture[]): ArchiveMock {
  const stamps = new Map((loadCopyTables().find((t) => t.kind === 'wayback')?.copies ?? []).map((c) => [c.base, c.stamp!]));
  const byAddress = new Map(fixtures.map((fx) => [withoutScheme(fx.expected.url), fx]));
  const log: ArchiveRequest[] = [];
  const mock: ArchiveMock = {
    handles: (host) => ARCHIVE_HOSTS.includes(host),
    log,
    saveMode: 'capture',
    savedTimestamp: '20250304101742',
    captureOf: (fx) => `https://web.archive.org/web/${stamps.get(fx.name) ?? '20240101000000'}/${fx.expected.url}`,
    handle(req, res, url) {
      log.push({ at: Date.now(), method: req.method ?? 'GET', url: url.href });
      const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
        res.end(body);
      };
      if (url.pathname.startsWith('/_static/')) return send(200, 'text/javascript', url.pathname.endsWith('.css') ? '' : STATIC_JS);
      if (url.hostname === 'archive.org' && url.pathname === '/wayback/available') {
        const asked = url.searchParams.get('url') ?? '';
        const fx = byAddress.get(withoutScheme(asked));
        const ts = fx && stamps.get(fx.name);
        const closest = ts ? { closest: { status: '200', available: true, url: `http://web.archive.org/web/${ts}/${fx.expected.url}`, timestamp: ts } } : {};
        return send(200, 'application/json', JSON.stringify({ url: asked, archived_snapshots: closest }));
      }
      const save = /^\/save\/(.+)$/.exec(url.pathname + url.search);
      if (url.hostname === 'web.archive.org' && save) {
        switch (mock.saveMode) {
          case 'offline':
            return void req.socket.destroy();
          case 'rate-limited':
            return send(429, 'text/html', '<html><body><h1>Too Many Requests</h1></body></html>');
          case 'server-error':
            return send(503, 'text/html', '<html><body><h1>Service Unavailable</h1></body></html>');
          case 'capture':
            return send(302, 'text/html', '', { location: `/web/${mock.savedTimestamp}/${save[1]}` });
        }
      }
      const capture = /^\/web\/(\d{14})(?:[a-z]{2}_)?\/(.+)$/.exec(url.pathname + url.search);
      const fx = capture && byAddress.get(withoutScheme(capture[2]));
      if (url.hostname === 'web.archive.org' && capture && fx) {
        return send(200, 'text/html; charset=utf-8', waybackCapture(fx.html, fx.expected.url, capture[1]));
      }
      send(404, 'text/html', '<html><body>Not in the archive mock</body></html>');
    },
  };
  return mock;
}

/** Host, path and query: a capture is of the page whatever its scheme. */
function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\/?/i, '');
}
