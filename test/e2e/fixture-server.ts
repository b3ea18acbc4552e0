// Serves the fixture pages at their own addresses, on loopback: Chromium maps the site hosts
// to this server (--host-resolver-rules) and every other host to nothing; Firefox uses it as
// its only proxy, and it answers nothing but the fixture pages (no CONNECT, so no https).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SITES } from '../../src/extract/sites';
import { loadFixtures, type Fixture } from '../helpers/fixtures';

export interface FixtureServer {
  port: number;
  /** The http:// address the browser opens for a fixture (its expected URL, scheme aside). */
  urlOf(fx: Fixture): string;
  close(): Promise<void>;
}

export async function serveFixtures(fixtures: Fixture[] = loadFixtures()): Promise<FixtureServer> {
  const pages = new Map(fixtures.map((fx) => [key(fx.expected.url), fx.html]));
  const server: Server = createServer((req, res) => {
    // A direct request ("GET /path", Chromium's host mapping) or a proxy one ("GET http://host/path", Firefox).
    const url = /^https?:/.test(req.url ?? '') ? req.url! : `http://${req.headers.host}${req.url}`;
    const html = pages.get(key(url));
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    urlOf: (fx) => fx.expected.url.replace(/^https:/, 'http:'),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Host, path and query: the same page whatever the scheme or port. */
function key(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
}

/** Chromium flag: the four site hosts to this server, everything else unresolvable. */
export function hostRules(port: number): string {
  const hosts = SITES.flatMap((s) => s.hosts);
  return `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`;
}
