/** A plain static server for the end-to-end tests: files by path, or routes answered from memory. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Route {
  /** A file to send, or the body itself. */
  file?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `routes` by exact path, then files under `root` (if given); anything else is a 404.
 * Listens on a free loopback port.
 */
export function serve(options: { root?: string; routes?: Record<string, Route> }): Promise<StaticServer> {
  const { root, routes = {} } = options;
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[pathname];
    const file = route?.file ?? (root ? normalize(join(root, pathname)) : undefined);
    const headers = { 'content-type': TYPES[extname(route?.file ?? pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...route?.headers };
    if (route?.body !== undefined) {
      res.writeHead(200, headers).end(route.body);
      return;
    }
    const inside = route?.file !== undefined || (root !== undefined && file!.startsWith(root.endsWith(sep) ? root : root + sep));
    if (!file || !inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
