/* global process, console, URL */
/**
 * A small static host for benchmarks: serves dist/ as common static hosts and CDNs do (gzip, long caching of
 * hashed assets, `<path>/index.html` for a directory, 404.html with status 404 otherwise). Loopback only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain', '.json': 'application/json' };

export function serveStatic(dir, port) {
  const isFile = (f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile();
  const server = createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      rel = '/\0';
    }
    const file = path.join(dir, rel);
    const found = [file, path.join(file, 'index.html')].find(isFile);
    const served = found ?? path.join(dir, '404.html');
    let body = readFileSync(served);
    res.statusCode = found ? 200 : 404;
    res.setHeader('Content-Type', TYPES[path.extname(served)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && !served.endsWith('.png')) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[3] ?? 4197);
  await serveStatic(path.resolve(process.argv[2] ?? 'dist'), port);
  console.log(`serving on http://127.0.0.1:${port}`);
}
