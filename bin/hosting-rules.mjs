// What a district page needs from the host of a release folder: one definition, from which the
// release writes each server's configuration and which `check-host` checks a host against.

/** Headers every file needs: district pages are other sites. */
export const CROSS_ORIGIN_HEADERS = {
  // A module script, any script with `integrity`, and the data file are read with CORS.
  'Access-Control-Allow-Origin': '*',
  // Pages that isolate themselves (Cross-Origin-Embedder-Policy) load only resources that say so.
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'X-Content-Type-Options': 'nosniff',
};

/** `embed.html` must be framable by any site (and carry no X-Frame-Options). */
export const EMBED_HEADERS = { 'Content-Security-Policy': 'frame-ancestors *' };

export const CONTENT_TYPES = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export const CACHE_CONTROL = {
  // A pinned version's files never change, and `integrity` depends on that.
  pinned: 'public, max-age=31536000, immutable',
  // The channel moves with each release and the data file with each update: visitors get either
  // within five minutes.
  moving: 'public, max-age=300, must-revalidate',
};

/** A pinned version's folder name (`1.4.2`, `2.0.0-rc.1`); a channel's is `1` or `0.1`. */
export const PINNED_FOLDER = String.raw`\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?`;

/** Where the data file lives in a release folder: outside the versions, so it is updated in place. */
export const DATA_PATH = 'data/vrop-data.json';
