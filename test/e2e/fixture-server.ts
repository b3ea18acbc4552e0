// Serves the fixture pages at their own addresses, on loopback: Chromium maps the site hosts
// (and the "other site", www.example.org) to this server with --host-resolver-rules and every
// other host to nothing; Firefox uses it as its only proxy, and it answers nothing but these
// pages (CONNECT is refused, so no https leaves the machine either).
// Each page gets the probe script first in its <head> (page-probe.ts); the hostile page also
// gets tripwires in its article.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SITES } from '../../src/extract/sites';
import { loadFixtures, type Fixture } from '../helpers/fixtures';
import { busyPage, PROBE_SCRIPT, TRIPWIRES } from './page-probe';

/** A host the extension has no business on; it gets an article page all the same. */
export const OTHER_HOST = 'www.example.org';
const BUSY_PATH = '/e2e/busy-page/1';

export interface FixtureServer {
  port: number;
  /** The http:// address the browser opens for a fixture (its expected URL, scheme aside). */
  urlOf(fx: Fixture): string;
  /** An article page (a fixture's markup) on another site. */
  otherSiteUrl: string;
  /** A page on a site host whose main thread is busy for `busyMs` while loading (0: only when told). */
  busyUrl(busyMs?: number): string;
  /** Whether the browser asked this server for that address (host, path and query). */
  served(url: string): boolean;
  /** Requests it did not answer with a page: https CONNECTs, unknown paths, TLS hellos. */
  refused(): string[];
  close(): Promise<void>;
}

export async function serveFixtures(fixtures: Fixture[] = loadFixtures(), otherSite: Fixture = fixtures.find((f) => f.expected.kind === 'article')!): Promise<FixtureServer> {
  const pages = new Map(fixtures.map((fx) => [key(fx.expected.url), withProbe(fx.name.includes('hostile') ? withTripwires(fx.html) : fx.html)]));
  const otherSiteUrl = `http://${OTHER_HOST}/2024/02/12/an-article-elsewhere/`;
  pages.set(key(otherSiteUrl), withProbe(otherSite.html));
  const seen = new Set<string>();
  const refused: string[] = [];

  const server: Server = createServer((req, res) => {
    // A direct request ("GET /path", Chromium's host mapping) or a proxy one ("GET http://host/path", Firefox).
    const url = /^https?:/.test(req.url ?? '') ? req.url! : `http://${req.headers.host}${req.url}`;
    const k = key(url);
    // Like the site, a page answers at its address with any query (?utm_source=… and the like).
    const html = new URL(url).pathname === BUSY_PATH ? withProbe(busyPage(url)) : (pages.get(k) ?? pages.get(key(url, false)));
    if (html) seen.add(k);
    else refused.push(`${req.method} ${url}`);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html ?? 'not found');
  });
  server.on('connect', (req, socket) => {
    refused.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  server.on('clientError', (_err, socket) => {
    refused.push('a request that is not HTTP (a TLS hello on the http port)');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    urlOf: (fx) => fx.expected.url.replace(/^https:/, 'http:'),
    otherSiteUrl,
    busyUrl: (busyMs = 0) => `http://www.globalresearch.ca${BUSY_PATH}${busyMs ? `?busy=${busyMs}` : ''}`,
    served: (url) => seen.has(key(url)),
    refused: () => [...refused],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Host, path and query: the same page whatever the scheme or port. */
function key(url: string, withQuery = true): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${withQuery ? u.search : ''}`;
}

function withProbe(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  const script = `<script>${PROBE_SCRIPT}</script>`;
  return head ? html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length) : script + html;
}

/** The tripwires go before the article's first subheading. */
function withTripwires(html: string): string {
  const body = html.indexOf('entry-content');
  const at = body < 0 ? -1 : html.indexOf('<h2', body);
  if (at < 0) throw new Error('fixture-server: no place for the tripwires in the hostile page (no <h2> after .entry-content)');
  return `${html.slice(0, at)}${TRIPWIRES}\n${html.slice(at)}`;
}

/** Chromium flag: the site hosts and the other site to this server, everything else unresolvable. */
export function hostRules(port: number): string {
  const hosts = [...SITES.flatMap((s) => s.hosts), OTHER_HOST];
  return `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`;
}

/** Firefox prefs: this server is the only proxy, for http and https (it refuses CONNECT), so nothing leaves the machine. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // The pages are http://: no upgrade attempt to https first.
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
  };
}
