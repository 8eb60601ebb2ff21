// Serves the pages under test/pages/csp* with the README's own Content-Security-Policy, read from
// README.md on every request, so the tested policy is the documented one to the letter.
// `?without=allow-duplicates` serves it without that keyword, as a page that loads the bundle once
// may set it.
//
// /test/pages/csp-readme.html is made from the README too: its module snippet and its classic
// script snippet, both on one page (RELEASE/<version> -> /dist, each `integrity` the built file's).
// /test/pages/csp-prerendered.html holds the module snippet and the prerendered markup a test sends.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const readme = () => readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The policy in the README's "Strict security headers" paragraph. */
export function readmePolicy() {
  const policy = readme().match(/`Content-Security-Policy: ([^`]+)`/)?.[1];
  if (!policy) throw new Error('README.md names no `Content-Security-Policy: …` to test');
  return policy;
}

function integrity(file) {
  const bytes = readFileSync(new URL(`../../dist/${file}`, import.meta.url));
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The README's first script tag that loads `file`, made to load the built file from /dist. */
function readmeSnippet(file) {
  const tag = [...readme().matchAll(/<script\b[^>]*\bsrc="RELEASE\/[^/"]+\/([^"]+)"[^>]*><\/script>/g)].find((m) => m[1] === file)?.[0];
  if (!tag) throw new Error(`README.md has no <script src="RELEASE/<version>/${file}"> snippet`);
  return tag.replace(/RELEASE\/[^/"]+/, '/dist').replace(/integrity="[^"]*"/, `integrity="${integrity(file)}"`);
}

const doubleLoadPage = () => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>The README's module and classic script snippets on one page, under its policy</title>
    <script src="./record-errors.js"></script>
    ${readmeSnippet('vrop-widgets.js')}
    ${readmeSnippet('vrop-widgets.iife.js')}
  </head>
  <body>
    <vrop-mission sections="mission overview"></vrop-mission>
    <vrop-stats no-animation></vrop-stats>
  </body>
</html>
`;

/** The README's module snippet and the prerendered widget markup a test made (`?markup=`). */
const prerenderedPage = (markup) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A prerendered widget under the README's policy</title>
    <script src="./record-errors.js"></script>
    ${readmeSnippet('vrop-widgets.js')}
  </head>
  <body>
    ${markup}
  </body>
</html>
`;

export async function strictCsp(ctx, next) {
  if (!ctx.path.startsWith('/test/pages/csp')) return next();
  if (ctx.path === '/test/pages/csp-readme.html') {
    ctx.type = 'html';
    ctx.body = doubleLoadPage();
  } else if (ctx.path === '/test/pages/csp-prerendered.html') {
    ctx.type = 'html';
    ctx.body = prerenderedPage(String(ctx.query.markup ?? ''));
  } else {
    await next();
  }
  const without = ctx.query.without ? ` '${ctx.query.without}'` : '';
  ctx.set('Content-Security-Policy', readmePolicy().replace(without, ''));
  ctx.set('Cache-Control', 'no-store');
}
