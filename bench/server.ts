import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface BenchServer {
  origin: string;
  /** Serves `body` as JSON at `/data/<name>.json` until the server closes. */
  putJson(name: string, body: string): void;
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 (random free port): each URL prefix maps to one folder, and nothing
 * outside those folders is served. In-memory JSON lives under `/data/`.
 */
export async function startServer(mounts: Record<string, string>): Promise<BenchServer> {
  const json = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (path === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      if (path.startsWith('/data/')) {
        const body = json.get(path.slice('/data/'.length));
        if (body === undefined) return notFound(res, path);
        res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
        return res.end(body);
      }
      const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
      if (!prefix) return notFound(res, path);
      const root = normalize(mounts[prefix]);
      const file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return notFound(res, path);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return notFound(res, path);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(await readFile(file));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    putJson: (name, body) => json.set(name, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(res: import('node:http').ServerResponse, path: string): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end(`not found: ${path}`);
}
