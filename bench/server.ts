import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
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
  /** Serves `body` at `path` (its type by extension) until the server closes. */
  putFile(path: string, body: string): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Compress text (HTML, JS, CSS, JSON) with gzip for a browser that accepts it, as a static host does. */
  gzip?: boolean;
}

/**
 * A static server on 127.0.0.1 (random free port): each URL prefix maps to one folder, and nothing
 * outside those folders is served. In-memory JSON lives under `/data/`, in-memory files at their path.
 */
export async function startServer(mounts: Record<string, string>, options: ServerOptions = {}): Promise<BenchServer> {
  const json = new Map<string, string>();
  const files = new Map<string, string>();
  const gzipped = new Map<string, Buffer>();
  /** Sends a body, gzipped (once per path) when the server compresses and the browser accepts it. */
  const send = (req: IncomingMessage, res: ServerResponse, path: string, type: string, body: Buffer | string) => {
    const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-store' };
    let bytes = typeof body === 'string' ? Buffer.from(body) : body;
    if (options.gzip && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|javascript|json/.test(type)) {
      let packed = gzipped.get(path);
      if (!packed) gzipped.set(path, (packed = gzipSync(bytes, { level: 6 })));
      bytes = packed;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = bytes.byteLength;
    res.writeHead(200, headers);
    res.end(bytes);
  };
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (path === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      const file = files.get(path);
      if (file !== undefined) return send(req, res, path, TYPES[extname(path)] ?? 'application/octet-stream', file);
      if (path.startsWith('/data/')) {
        const body = json.get(path.slice('/data/'.length));
        if (body === undefined) return notFound(res, path);
        return send(req, res, path, TYPES['.json'], body);
      }
      const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
      if (!prefix) return notFound(res, path);
      const root = normalize(mounts[prefix]);
      const onDisk = normalize(join(root, path.slice(prefix.length)));
      if (onDisk !== root && !onDisk.startsWith(root + sep)) return notFound(res, path);
      const info = await stat(onDisk).catch(() => null);
      if (!info?.isFile()) return notFound(res, path);
      send(req, res, path, TYPES[extname(onDisk)] ?? 'application/octet-stream', await readFile(onDisk));
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
    putFile: (path, body) => files.set(path, body),
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
