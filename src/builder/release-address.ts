/** What the builder knows of the release it makes code for: dist/integrity.json or a release folder's. */
export interface ReleaseFiles {
  version: string;
  /** The folder of the compatible line, e.g. `0.1` for 0.1.x or `1` for 1.x. */
  channel: string;
  files: Record<string, { integrity: string; bytes: number }>;
  /** The files each widget's module needs beside vrop-widgets.js, by tag. */
  widgets?: Record<string, string[]>;
  /** Set in a release folder's copy: the folder above is the release root. */
  published?: boolean;
}

const PRIVATE_HOST = /^(localhost|.*\.localhost|.*\.local|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/;

/**
 * Why a district page could not load the release from `address`, in words for a webmaster, or
 * '' when it could. A district page is public and served over https, so only a public https
 * address works there.
 */
export function addressProblem(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address ? 'This is not a full web address (it must start with https://).' : 'No address yet.';
  }
  if (url.protocol === 'file:' || PRIVATE_HOST.test(url.hostname)) {
    return `${url.host || 'This file'} is this computer or its local network: code with this address works only here, never on a district's site.`;
  }
  if (url.protocol !== 'https:') {
    return 'District sites are served over https, and browsers refuse an http script on them: use the https address.';
  }
  return '';
}

/** The address as a folder: one trailing slash, no query or fragment. */
export function asFolder(address: string): string {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/*$/, '/');
}
