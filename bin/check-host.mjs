// `vrop-widgets check-host <address> [--origin <district page>] [--data <data file address>]`:
// fetches every file of a published release folder as a district page on another site would,
// and says what to fix, in words a webmaster can act on. Exit status 0 only when a district page
// would work: module and classic scripts with and without `integrity`, the iframe, the data file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { CACHE_CONTROL, CROSS_ORIGIN_HEADERS, DATA_PATH } from './hosting-rules.mjs';
import { parseDataFile } from '../lib/shared/data/parse.js';

const TYPES = { js: /^(text|application)\/(javascript|ecmascript)\b/i, html: /^text\/html\b/i, css: /^text\/css\b/i, json: /\bjson\b/i };
const DAY = 86400;

/** What to change on the server, by what the server says it is. */
function configFix(server) {
  if (/apache/i.test(server)) return 'Upload the release folder’s .htaccess too (upload tools often hide files that start with a dot), and let it apply: "AllowOverride FileInfo" for the folder and mod_headers, mod_mime and mod_rewrite (a2enmod headers rewrite).';
  if (/nginx/i.test(server)) return 'Include the release folder’s nginx.conf in the location that serves the folder (its first lines show how), then reload nginx.';
  if (/iis/i.test(server)) return 'Upload the release folder’s web.config files too (the top one and one in each version folder).';
  if (/netlify|cloudflare/i.test(server)) return 'Publish the release folder’s _headers file at the top of the site.';
  return 'Use the server configuration from the release folder that fits this server: .htaccess (Apache), nginx.conf, web.config (IIS) or _headers (Netlify, Cloudflare Pages). A host that cannot send headers cannot serve district pages; see "Hosting" in the README.';
}

const maxAge = (cacheControl) => Number(/max-age=(\d+)/.exec(cacheControl ?? '')?.[1] ?? 0);
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** This package's own hashes, when it is the release being checked. */
function ownRelease() {
  const path = new URL('../dist/integrity.json', import.meta.url);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** Fetches one file as a district page's browser would and lists its problems; `kind` says how it is used. */
async function checkFile(url, { origin, kind, expected }) {
  let response;
  try {
    response = await fetch(url, { headers: { Origin: origin, 'Accept-Encoding': 'br, gzip' }, redirect: 'follow' });
  } catch (error) {
    return { errors: [`Could not be reached (${error.cause?.code ?? error.message}).`], warnings: [] };
  }
  const errors = [];
  const warnings = [];
  if (!response.ok) return { errors: [`Missing: the host answered ${response.status}. Upload the whole release folder, as it is.`], warnings };
  const header = (name) => response.headers.get(name);
  const server = header('server') ?? '';
  const allowed = header('access-control-allow-origin');
  if (allowed !== '*' && allowed !== origin) {
    errors.push(`Sent without "Access-Control-Allow-Origin: *", so browsers refuse it to district pages (module scripts, any script with integrity, the data file). ${configFix(server)}`);
  }
  const extension = url.pathname.split('.').pop();
  const type = header('content-type') ?? '(none)';
  if (!TYPES[extension]?.test(type)) {
    const problem = `Sent as "${type}" instead of ${extension === 'json' ? 'application/json' : `text/${extension === 'js' ? 'javascript' : extension}`}.`;
    if (extension === 'json') warnings.push(problem);
    else errors.push(`${problem} Browsers will not run or show it. ${configFix(server)}`);
  }
  const policy = header('cross-origin-resource-policy');
  if (policy && policy !== CROSS_ORIGIN_HEADERS['Cross-Origin-Resource-Policy']) {
    errors.push(`Sent with "Cross-Origin-Resource-Policy: ${policy}", so other sites may not load it. ${configFix(server)}`);
  } else if (!policy) {
    warnings.push('Sent without "Cross-Origin-Resource-Policy: cross-origin": district pages that isolate themselves (Cross-Origin-Embedder-Policy) would refuse it.');
  }
  const cache = header('cache-control') ?? '';
  if (kind === 'pinned' && !/immutable/.test(cache) && maxAge(cache) < 7 * DAY) {
    warnings.push(`${cache ? `Cached for ${maxAge(cache)} s` : 'Sent without Cache-Control'}: a pinned version never changes, so "${CACHE_CONTROL.pinned}" spares visitors a download.`);
  } else if (kind !== 'pinned' && (/immutable/.test(cache) || maxAge(cache) > DAY)) {
    errors.push(`Cached as "${cache}": it changes in place, and visitors would keep the old one for up to ${Math.round(maxAge(cache) / DAY)} days. Send "${CACHE_CONTROL.moving}".`);
  }
  if (url.pathname.endsWith('/embed.html')) {
    if (header('x-frame-options')) errors.push(`Sent with "X-Frame-Options: ${header('x-frame-options')}", so no district page can show it in an iframe. ${configFix(server)}`);
    const ancestors = /frame-ancestors([^;]*)/.exec(header('content-security-policy') ?? '')?.[1].trim();
    if (ancestors && !ancestors.split(/\s+/).includes('*')) errors.push(`Framing allowed only by "${ancestors}" (Content-Security-Policy frame-ancestors): district pages need "*". ${configFix(server)}`);
  }
  if (url.pathname.endsWith('/vrop-widgets.js') && !header('content-encoding')) {
    warnings.push('Sent uncompressed: the release ships .br and .gz copies that the configuration serves (about a third of the size).');
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (expected && sha384(bytes) !== expected) {
    errors.push('Differs from the release, so its integrity check fails and district pages using it show only the fallback link. Upload the files unchanged (turn off the host’s minifying or rewriting of scripts).');
  }
  return { errors, warnings, bytes };
}

const relative = (name, root) => (name.startsWith(root.href) ? name.slice(root.href.length) || './' : name);
const listed = (names) => `${names.join(', ')}${names.length > 3 ? ` (${names.length} files)` : ''}`;

/** Each distinct message of `key` ('errors' or 'warnings'), with the files it applies to. */
function grouped(results, key, root) {
  const byMessage = new Map();
  for (const result of results) {
    for (const message of result[key]) byMessage.set(message, [...(byMessage.get(message) ?? []), relative(result.name, root)]);
  }
  return byMessage;
}

async function fetchJson(url) {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

function parseArgs(args) {
  const options = { origin: 'https://district.example' };
  const rest = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--origin' || args[i] === '--data') options[args[i].slice(2)] = args[++i];
    else rest.push(args[i]);
  }
  return { ...options, address: rest[0] };
}

/** Returns the exit status: 0 a district page would work, 1 it would not, 2 usage. */
export async function main(args) {
  const { address, origin, data } = parseArgs(args);
  if (!address || !URL.canParse(address)) {
    console.error('Usage: vrop-widgets check-host <address of the release folder> [--origin <district page>] [--data <data file address>]');
    return 2;
  }
  const root = new URL(address.replace(/\/*$/, '/'));
  console.log(`Checking ${root.href} as a page on ${origin} would load it.`);
  try {
    await fetch(root, { method: 'HEAD' });
  } catch (error) {
    console.log(`  PROBLEM  Could not be reached (${error.cause?.code ?? error.message}). Check the address.\n           in: ${root.href}`);
    return 1;
  }
  const release = await fetchJson(new URL('release.json', root));
  // The address may also be one version's folder.
  const folders = release ? [release.latest, release.channel].map((name) => new URL(`${name}/`, root)) : [root];
  const dataUrl = data ? new URL(data) : release && new URL(release.data ?? DATA_PATH, root);

  const own = ownRelease();
  const results = [];
  for (const folder of folders) {
    const manifest = await fetchJson(new URL('integrity.json', folder));
    if (!manifest?.files) {
      results.push({ name: folder.href, errors: ['No Valley ROP release here (no release.json or integrity.json): upload the folder that "npm run release" writes, as it is.'], warnings: [] });
      continue;
    }
    const kind = folder.pathname.endsWith(`/${manifest.version}/`) ? 'pinned' : 'channel';
    const hashes = own?.version === manifest.version ? own.files : manifest.files;
    // Every file the release lists (scripts, the widgets' style sheets, the iframe, the builder,
    // the data), the bundle first, as messages name the first few.
    const rank = (name) => ['vrop-widgets.js', 'vrop-widgets.iife.js', name].indexOf(name);
    for (const file of Object.keys(hashes).sort((a, b) => rank(a) - rank(b))) {
      const url = new URL(file, folder);
      results.push({ name: url.href, ...(await checkFile(url, { origin, kind, expected: hashes[file]?.integrity })) });
    }
  }
  if (dataUrl) {
    const checked = await checkFile(dataUrl, { origin, kind: 'data' });
    if (checked.bytes) {
      const parsed = parseDataFile(checked.bytes);
      const dataProblems = parsed.ok ? [] : parsed.problems;
      if (dataProblems.length) checked.errors.push(`Would be ignored by the widgets (they keep the built-in data): ${dataProblems.slice(0, 3).join('; ')}. Check it with: npx vrop-widgets validate <file>`);
    }
    results.push({ name: dataUrl.href, ...checked });
  }

  const problems = grouped(results, 'errors', root);
  const notes = grouped(results, 'warnings', root);
  for (const [message, names] of problems) console.log(`  PROBLEM  ${message}\n           in: ${listed(names)}`);
  for (const [message, names] of notes) console.log(`  note     ${message}\n           in: ${listed(names)}`);
  const fine = results.filter(({ errors, warnings }) => !errors.length && !warnings.length);
  if (fine.length) console.log(`  ok       ${listed(fine.map(({ name }) => relative(name, root)))}`);
  const count = problems.size;
  if (count) {
    console.log(`\n${count} problem${count === 1 ? '' : 's'}: district pages would show only their fallback links until ${count === 1 ? 'it is' : 'they are'} fixed.`);
    return 1;
  }
  console.log(`\nReady: a district page on another site can use every snippet (module or classic script, with or without integrity, the iframe${dataUrl ? ', the data file' : ''}).`);
  return 0;
}
