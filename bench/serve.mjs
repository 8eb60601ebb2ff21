// The benchmark's static server: the repository over HTTP, brotli-compressed as a district's web
// server or CDN would send it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

export const PORT = 8790;
export const ORIGIN = `http://localhost:${PORT}`;

/** A plain static server for the repository, so every page is measured over HTTP. */
export function serve() {
  const compressed = new Map();
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, ORIGIN).pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(process.cwd(), path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(process.cwd()) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // Brotli, as a district's web server or CDN would send the bundle.
    const brotli = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      ...(brotli ? { 'Content-Encoding': 'br' } : {}),
    });
    // Compressed once per file, so compression time never counts in a measurement.
    if (brotli && !compressed.has(file)) compressed.set(file, brotliCompressSync(body));
    res.end(brotli ? compressed.get(file) : body);
  });
  return new Promise((resolve) => server.listen(PORT, () => resolve(server)));
}
