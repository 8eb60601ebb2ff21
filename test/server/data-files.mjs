// Serves the test data corpus: GET /test-data/<name>.json[?delay=ms]. A delayed answer is
// released when the client gives up, so a request the widget abandoned never holds the run.
import { BROKEN, VALID } from '../fixtures/data-corpus.mjs';

export async function dataFiles(ctx, next) {
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
