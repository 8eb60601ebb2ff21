// Serves the pages under test/pages/csp* with the strict policy a district's security headers
// might set; Lit's Trusted Types policy is the one name allowed.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export async function strictCsp(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/pages/csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
}
