// The benchmark's static servers: the repository over HTTP, compressed as a district's web server
// or CDN would send it, on two origins: the district's page on one, Valley ROP's release
// (the bundle) on another, as district pages load it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const PORT = 8790;
export const ORIGIN = `http://localhost:${PORT}`;
/** Another host name, so another origin: a new connection, and CORS, before the bundle runs. */
export const RELEASE_ORIGIN = `http://127.0.0.1:${PORT + 1}`;

/** Plain static servers for the repository on both origins, so every page is measured over HTTP. */
export async function serve() {
  const compressed = new Map();
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
  const handle = (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, ORIGIN).pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(process.cwd(), path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(process.cwd()) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // Compressed as a district's web server or CDN sends it: brotli where the browser takes it
    // (Chromium asks for it over HTTPS only), else gzip.
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    // Compressed once per file, so compression time never counts in a measurement.
    const key = `${encoding}:${file}`;
    if (encoding && !compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
    res.end(encoding ? compressed.get(key) : body);
  };
  const servers = [PORT, PORT + 1].map((port) => createServer(handle).listen(port));
  await Promise.all(servers.map((server) => new Promise((resolve) => server.on('listening', resolve))));
  return { close: () => servers.forEach((server) => server.close()) };
}
