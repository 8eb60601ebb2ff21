// Serves the built release at /test/release-tampered/<file>, as a compromised or half-updated host
// might: every file as built except <vrop-stats>'s code (vrop-stats-<hash>.js), which has one
// line more than the release's.
import { readFile } from 'node:fs/promises';

const PREFIX = '/test/release-tampered/';
const TYPES = { js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html' };

export async function tamperedRelease(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const file = ctx.path.slice(PREFIX.length);
  if (!/^[\w.-]+$/.test(file)) return next();
  const bytes = await readFile(new URL(`../../dist/${file}`, import.meta.url)).catch(() => null);
  if (!bytes) return next();
  ctx.type = TYPES[file.split('.').pop()] ?? 'application/octet-stream';
  ctx.body = /^vrop-stats-[\w-]{8}\.js$/.test(file) ? `${bytes}\nconsole.log('changed on the host');\n` : bytes;
}
