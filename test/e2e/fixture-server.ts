// Serves the fixture pages at their own https:// addresses, on loopback, with a throwaway
// self-signed certificate made at start (nothing is fetched): the content script and the host
// permissions match https:// only, as a real user's browser meets the site.
// - Chromium maps the site hosts (and the "other site", www.example.org) to the TLS port with
//   --host-resolver-rules and every other host to nothing, and is told to accept the
//   certificate (--ignore-certificate-errors).
// - Firefox uses the proxy port as its only proxy: a CONNECT to one of these hosts on port 443
//   is tunnelled to the TLS port, any other CONNECT is refused (so no https leaves the
//   machine); Marionette's session accepts the certificate (acceptInsecureCerts). A plain
//   http:// request to the proxy gets the same page over http, to show the extension stays off.
// Each page gets the probe script first in its <head> (page-probe.ts); the hostile page also
// gets tripwires in its article. web.archive.org, web-static.archive.org and archive.org are
// served here too, by the archive mock (archive-mock.ts), which logs every request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { generate } from 'selfsigned';
import { SITES } from '../../src/extract/sites';
import { loadFixtures, type Fixture } from '../helpers/fixtures';
import { ARCHIVE_HOSTS, archiveMock, type ArchiveMock } from './archive-mock';
import { busyPage, probeScript, TRIPWIRES } from './page-probe';

/** A host the extension has no business on; it gets an article page all the same. */
export const OTHER_HOST = 'www.example.org';
const BUSY_PATH = '/e2e/busy-page/1';
const HOSTS = [...SITES.flatMap((s) => s.hosts), OTHER_HOST, ...ARCHIVE_HOSTS];

export interface FixtureServer {
  /** The TLS port: where Chromium's host rules send the site hosts. */
  port: number;
  /** The proxy port (http, and CONNECT to the TLS port): Firefox's only proxy. */
  proxyPort: number;
  /** The https:// address the browser opens for a fixture: its expected URL. */
  urlOf(fx: Fixture): string;
  /** An article page (a fixture's markup) on another site. */
  otherSiteUrl: string;
  /** A page on a site host whose main thread is busy for `busyMs` while loading (0: only when told). */
  busyUrl(busyMs?: number): string;
  /** Whether the browser asked this server for that address (host, path and query). */
  served(url: string): boolean;
  /** Requests it did not answer with a page: CONNECTs elsewhere, unknown paths, TLS hellos on the proxy port. */
  refused(): string[];
  /** The Wayback Machine and archive.org, as the suite sets them. */
  archive: ArchiveMock;
  close(): Promise<void>;
}

/**
 * `startEvents`: the names of the event the content script's context dispatches on the
 * document when it starts (page-probe.ts counts them); they hold the extension's id.
 */
export async function serveFixtures(
  fixtures: Fixture[] = loadFixtures(),
  otherSite: Fixture = fixtures.find((f) => f.expected.kind === 'article')!,
  startEvents: string[] = [],
): Promise<FixtureServer> {
  const withProbe = probeInserter(probeScript(startEvents));
  const pages = new Map(fixtures.map((fx) => [key(fx.expected.url), withProbe(fx.name.includes('hostile') ? withTripwires(fx.html) : fx.html)]));
  const otherSiteUrl = `https://${OTHER_HOST}/2024/02/12/an-article-elsewhere/`;
  pages.set(key(otherSiteUrl), withProbe(otherSite.html));
  const seen = new Set<string>();
  const refused: string[] = [];
  const archive = archiveMock(fixtures);

  const answer = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    // A direct request ("GET /path": Chromium's host mapping, or a tunnel) or a proxy one ("GET http://host/path", Firefox).
    const url = /^https?:/.test(req.url ?? '') ? req.url! : `${scheme}://${req.headers.host}${req.url}`;
    if (archive.handles(new URL(url).hostname)) return archive.handle(req, res, new URL(url));
    const k = key(url);
    // Like the site, a page answers at its address with any query (?utm_source=… and the like).
    const html = new URL(url).pathname === BUSY_PATH ? withProbe(busyPage(url)) : (pages.get(k) ?? pages.get(key(url, false)));
    if (html) seen.add(k);
    else refused.push(`${req.method} ${url}`);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html ?? 'not found');
  };

  const { private: key_, cert } = await throwawayCertificate();
  const tls = createTlsServer({ key: key_, cert }, answer('https'));
  const proxy: Server = createServer(answer('http'));
  const tunnels = new Set<Socket>();
  proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host, port] = (req.url ?? '').split(':');
    if (port !== '443' || !HOSTS.includes(host.toLowerCase())) {
      refused.push(`CONNECT ${req.url}`);
      client.destroy();
      return;
    }
    const upstream = connect((tls.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      tunnels.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        tunnels.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  proxy.on('clientError', (_err, socket) => {
    refused.push('a request that is not HTTP (a TLS hello on the proxy port)');
    socket.destroy();
  });
  await Promise.all([tls, proxy].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  const port = (tls.address() as AddressInfo).port;
  const proxyPort = (proxy.address() as AddressInfo).port;
  const stop = (s: Server) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    port,
    proxyPort,
    // The site answers http:// with a redirect to https:// (the extension matches https only, as
    // browsers arrive there): an old http:// fixture address is opened over https.
    urlOf: (fx) => fx.expected.url.replace(/^http:/, 'https:'),
    otherSiteUrl,
    busyUrl: (busyMs = 0) => `https://www.globalresearch.ca${BUSY_PATH}${busyMs ? `?busy=${busyMs}` : ''}`,
    served: (url) => seen.has(key(url)),
    refused: () => [...refused],
    archive,
    close: async () => {
      for (const s of tunnels) s.destroy();
      await Promise.all([stop(tls), stop(proxy)]);
    },
  };
}

/** A certificate for the served hosts, valid for a day, made in memory for this run only. */
async function throwawayCertificate(): Promise<{ private: string; cert: string }> {
  const now = new Date();
  return generate([{ name: 'commonName', value: 'www.globalresearch.ca' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 3_600_000),
    notAfterDate: new Date(now.getTime() + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: HOSTS.map((value) => ({ type: 2 as const, value })) },
    ],
  });
}

/** Host, path and query: the same page whatever the scheme or port. */
function key(url: string, withQuery = true): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${withQuery ? u.search : ''}`;
}

function probeInserter(probe: string): (html: string) => string {
  const script = `<script>${probe}</script>`;
  return (html) => {
    const head = /<head\b[^>]*>/i.exec(html);
    return head ? html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length) : script + html;
  };
}

/** The tripwires go before the article's first subheading. */
function withTripwires(html: string): string {
  const body = html.indexOf('entry-content');
  const at = body < 0 ? -1 : html.indexOf('<h2', body);
  if (at < 0) throw new Error('fixture-server: no place for the tripwires in the hostile page (no <h2> after .entry-content)');
  return `${html.slice(0, at)}${TRIPWIRES}\n${html.slice(at)}`;
}

/** Chromium flag: the site hosts and the other site to the TLS port, everything else unresolvable. */
export function hostRules(port: number): string {
  return `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`;
}

/** Chromium flags for the loopback sites: the host rules, and the throwaway certificate accepted. */
export function chromiumSiteArgs(port: number): string[] {
  return [hostRules(port), '--ignore-certificate-errors'];
}

/** Firefox prefs for the loopback sites: the proxy port as the only proxy, for http and https. */
export function firefoxSitePrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // The certificate is nobody's: no revocation check goes out for it.
    'security.OCSP.enabled': 0,
    'security.ssl.enable_ocsp_stapling': false,
  };
}
