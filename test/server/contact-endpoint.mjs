// A real endpoint for the contact form's tests: POST /test-endpoint/ok answers 200, /fail 500,
// /hang never answers (until the client gives up). GET /test-endpoint/log returns what was posted.
const posted = [];

export async function contactEndpoint(ctx, next) {
  if (!ctx.path.startsWith('/test-endpoint/')) return next();
  if (ctx.method === 'GET' && ctx.path === '/test-endpoint/log') {
    ctx.body = posted;
    return;
  }
  if (ctx.method === 'DELETE' && ctx.path === '/test-endpoint/log') {
    posted.length = 0;
    ctx.status = 204;
    return;
  }
  if (ctx.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  posted.push({ path: ctx.path, contentType: ctx.get('Content-Type'), body: Buffer.concat(chunks).toString('utf8') });
  if (ctx.path === '/test-endpoint/hang') {
    await new Promise((resolve) => ctx.res.once('close', resolve));
    return;
  }
  ctx.status = ctx.path === '/test-endpoint/ok' ? 200 : 500;
  ctx.body = { ok: ctx.status === 200 };
}
