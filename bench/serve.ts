// A loopback HTTP server for the browser measurements: fixture pages and bundles from memory,
// on 127.0.0.1 and a port the system picks. Nothing else is served and nothing leaves the host.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  origin: string;
  /** Adds (or replaces) a file at `path` ("/pages/x.html"). */
  put(path: string, body: string, type?: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export async function serve(): Promise<Served> {
  const files = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    // Cross-origin isolated: performance.now() then ticks in 5 µs steps instead of 100 µs.
    res
      .writeHead(200, {
        'content-type': file.type,
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    put(path, body, type = TYPES[path.split('.').pop() ?? ''] ?? 'text/plain') {
      files.set(path, { body, type });
      return origin + path;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
