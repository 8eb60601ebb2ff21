import type { ReleaseFiles } from './release-address.js';

/**
 * Checks from this page, as a district page's browser would, that `root` serves the release:
 * every fetch is a CORS request, so a host without Access-Control-Allow-Origin fails here too.
 * Returns the problems in words for a webmaster; none means ready. The full check, with content
 * types, caching and framing, is `npx vrop-widgets check-host`.
 */
export async function checkHost(root: string, folder: string, expected: ReleaseFiles): Promise<string[]> {
  const problems: string[] = [];
  const get = async (path: string): Promise<Response | undefined> => {
    const url = new URL(path, root);
    try {
      const response = await fetch(url, { mode: 'cors', credentials: 'omit', cache: 'no-store' });
      if (!response.ok) problems.push(`${url.href} is missing (the host answered ${response.status}): upload the whole release folder.`);
      else if (url.origin === location.origin && response.headers.get('access-control-allow-origin') !== '*') {
        // The browser allows a same-origin read, but a district page is another origin.
        problems.push(`${url.href} is sent without "Access-Control-Allow-Origin: *": district pages would be refused. Use the server configuration from the release folder.`);
      }
      return response.ok ? response : undefined;
    } catch {
      problems.push(`${url.href} could not be read from another site: the host did not answer, or sends no "Access-Control-Allow-Origin" header. Use the server configuration from the release folder.`);
      return undefined;
    }
  };
  const bundle = await get(`${folder}/vrop-widgets.js`);
  if (bundle) {
    const type = bundle.headers.get('content-type') ?? '';
    if (!/javascript/i.test(type)) problems.push(`vrop-widgets.js is sent as "${type}": browsers run scripts only as text/javascript.`);
    // crypto.subtle exists only on https and localhost pages.
    if (crypto.subtle) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await bundle.arrayBuffer()));
      const hash = `sha384-${btoa(String.fromCharCode(...digest))}`;
      if (hash !== expected.files['vrop-widgets.js']?.integrity) {
        problems.push(`${folder}/vrop-widgets.js differs from release ${expected.version}: its integrity check would fail. Upload the files unchanged (no minifying or re-encoding by the host).`);
      }
    }
  }
  const data = await get('data/vrop-data.json');
  if (data) {
    try {
      await data.json();
    } catch {
      problems.push('data/vrop-data.json is not JSON: the widgets would ignore it. Check it with npx vrop-widgets validate.');
    }
  }
  return problems;
}
