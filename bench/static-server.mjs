// A plain static host for the benchmark, the same for our site and the baseline: files from one
// folder, compressed the way a production host would (brotli, else gzip), index.html for folders.
// Compressed bodies are kept in memory, as a host serving precompressed files would: compressing
// a 900 KB page with brotli on every request took two seconds and showed up in Lighthouse as
// server response time.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png',
  '.csv': 'text/csv', '.pdf': 'application/pdf', '.txt': 'text/plain', '.xml': 'application/xml', '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.txt', '.xml']);

export function serve(dir, port) {
  const compressed = new Map();
  const compress = (file, encoding, body) => {
    const key = `${encoding} ${file}`;
    if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
    return compressed.get(key);
  };
  const server = createServer(async (req, res) => {
    try {
      let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dir, path);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      if (!(await stat(file).catch(() => null)) && !extname(file)) file += '.html';
      let body = await readFile(file);
      const ext = extname(file);
      const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      const accept = String(req.headers['accept-encoding'] ?? '');
      if (COMPRESSIBLE.has(ext)) {
        if (/\bbr\b/.test(accept)) { body = compress(file, 'br', body); headers['Content-Encoding'] = 'br'; }
        else if (/\bgzip\b/.test(accept)) { body = compress(file, 'gzip', body); headers['Content-Encoding'] = 'gzip'; }
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
