// Serves the test data corpus: GET /test-data/<name>.json[?delay=ms]. A delayed answer is
// released when the client gives up, so a request the widget abandoned never holds the run.
//
// And a data file far over the size limit, made as it is sent so that the server knows how much
// of it the client took: GET /test-data/large.json?id=<any>[&length] sends 32 MB, with its
// Content-Length when `length` is given, else chunked; GET /test-data/large-report?id=<same>
// answers, once that response is over, { total, sent, finished }: `finished` is false when the
// client closed the connection before the whole body was sent.
import { Readable } from 'node:stream';
import { BROKEN, VALID } from '../fixtures/data-corpus.mjs';

const LARGE_BYTES = 32 * 1024 * 1024;
const CHUNK = Buffer.from(`{"version":1,"organization":{"name":"${'Valley ROP '.repeat(5958)}`.slice(0, 64 * 1024));
/** id -> a promise of the report of that large response. */
const reports = new Map();

function report(id) {
  if (!reports.has(id)) {
    let settle;
    reports.set(id, Object.assign(new Promise((resolve) => (settle = resolve)), { settle }));
  }
  return reports.get(id);
}

function serveLarge(ctx) {
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent >= LARGE_BYTES) return this.push(null);
      sent += CHUNK.length;
      return this.push(CHUNK);
    },
  });
  ctx.res.once('close', () => report(ctx.query.id).settle({ total: LARGE_BYTES, sent, finished: ctx.res.writableFinished }));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = body;
  if ('length' in ctx.query) ctx.length = LARGE_BYTES;
}

export async function dataFiles(ctx, next) {
  if (ctx.path === '/test-data/large.json') return serveLarge(ctx);
  if (ctx.path === '/test-data/large-report') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await report(ctx.query.id);
    return;
  }
  const match = ctx.path.match(/^\/test-data\/([\w-]+)\.json$/);
  if (!match) return next();
  // Own names only: a file named `__proto__` must not find Object.prototype.
  const name = match[1];
  const body = Object.hasOwn(VALID, name) ? VALID[name] : Object.hasOwn(BROKEN, name) ? BROKEN[name].body : undefined;
  if (body === undefined) {
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 404;
    return;
  }
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, delay);
      ctx.res.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = body;
}
