// The server configurations a release folder ships, each written from bin/hosting-rules.mjs so
// that Apache, nginx, IIS and Netlify/Cloudflare Pages send the same headers.
import {
  CACHE_CONTROL,
  CONTENT_TYPES,
  CROSS_ORIGIN_HEADERS,
  EMBED_HEADERS,
  PINNED_FOLDER,
} from '../bin/hosting-rules.mjs';

const COMPRESSED = Object.keys(CONTENT_TYPES).join('|');
const lines = (list) => `${list.join('\n')}\n`;
const entries = (headers) => Object.entries(headers);

/** Apache (most WordPress and school hosts): `.htaccess` at the top of the release folder. */
export function apacheConfig() {
  const set = (headers, indent = '') => entries(headers).map(([name, value]) => `${indent}Header set ${name} "${value}"`);
  return lines([
    '# Valley ROP widgets: Apache configuration for this release folder (written by npm run release).',
    '# Needs "AllowOverride FileInfo" (or All) for the folder and mod_headers, mod_mime and mod_rewrite',
    '# (Debian and Ubuntu: a2enmod headers rewrite). Check the result: npx vrop-widgets check-host <address>',
    '',
    ...entries(CONTENT_TYPES).map(([ext, type]) => `AddType "${type}" .${ext}`),
    '# The .br and .gz files beside each file are the same file, compressed.',
    'RemoveType .br .gz',
    'AddEncoding br .br',
    'AddEncoding gzip .gz',
    '',
    '<IfModule mod_rewrite.c>',
    '  RewriteEngine On',
    '  RewriteCond %{HTTP:Accept-Encoding} \\bbr\\b',
    '  RewriteCond %{REQUEST_FILENAME}.br -s',
    `  RewriteRule ^(.+\\.(${COMPRESSED}))$ $1.br [L]`,
    '  RewriteCond %{HTTP:Accept-Encoding} \\bgzip\\b',
    '  RewriteCond %{REQUEST_FILENAME}.gz -s',
    `  RewriteRule ^(.+\\.(${COMPRESSED}))$ $1.gz [L]`,
    '</IfModule>',
    '',
    '<IfModule mod_headers.c>',
    ...set(CROSS_ORIGIN_HEADERS, '  '),
    '  Header merge Vary "Accept-Encoding"',
    `  <If "%{REQUEST_URI} =~ m#/${PINNED_FOLDER}/#">`,
    `    Header set Cache-Control "${CACHE_CONTROL.pinned}"`,
    '  </If>',
    '  <Else>',
    `    Header set Cache-Control "${CACHE_CONTROL.moving}"`,
    '  </Else>',
    '  # Any site may frame embed.html, whatever the server adds elsewhere.',
    '  <FilesMatch "^embed\\.html(\\.br|\\.gz)?$">',
    '    Header unset X-Frame-Options',
    '    Header always unset X-Frame-Options',
    ...set(EMBED_HEADERS, '    '),
    '  </FilesMatch>',
    '</IfModule>',
  ]);
}

/** nginx: a file to include in the `location` that serves the release folder. */
export function nginxConfig() {
  const add = (headers, indent) => entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  // nginx drops every inherited add_header in a block that has one of its own: repeat them all.
  const headers = (cache, indent, extra = {}) => [
    ...add({ ...CROSS_ORIGIN_HEADERS, ...extra }, indent),
    `${indent}add_header Cache-Control "${cache}";`,
  ];
  const embed = (cache, indent) => [
    `${indent}location ~ /embed\\.html$ {`,
    ...headers(cache, `${indent}  `, EMBED_HEADERS),
    `${indent}}`,
  ];
  return lines([
    '# Valley ROP widgets: nginx configuration for this release folder (written by npm run release).',
    '# Include it in the location that serves the folder, for example with the folder at',
    '# /var/www/vrop-widgets:',
    '#   location /vrop-widgets/ { root /var/www; include /var/www/vrop-widgets/nginx.conf; }',
    '# then check: npx vrop-widgets check-host https://your.host/vrop-widgets/',
    '',
    'types {',
    ...entries(CONTENT_TYPES).map(([ext, type]) => `  ${type.split(';')[0]} ${ext};`),
    '}',
    'charset utf-8;',
    'charset_types text/javascript application/json text/css;',
    '# Serves the .gz file beside each file; with the ngx_brotli module (Debian:',
    '# libnginx-mod-http-brotli-static) add "brotli_static on;" for the .br files.',
    'gzip_static on;',
    'gzip on;',
    'gzip_types application/json;',
    'gzip_vary on;',
    ...headers(CACHE_CONTROL.moving, ''),
    // Regex locations are tried in order: the pinned folders first.
    `location ~ /${PINNED_FOLDER}/ {`,
    ...headers(CACHE_CONTROL.pinned, '  '),
    ...embed(CACHE_CONTROL.pinned, '  '),
    '}',
    ...embed(CACHE_CONTROL.moving, ''),
  ]);
}

const xmlHeaders = (headers, indent) =>
  entries(headers).flatMap(([name, value]) => [`${indent}<remove name="${name}" />`, `${indent}<add name="${name}" value="${value}" />`]);

/** IIS: `web.config` at the top of the release folder (headers, types, compression, short caching). */
export function iisConfig() {
  return lines([
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Valley ROP widgets: IIS configuration for this release folder (written by npm run release).',
    '     Each version folder has a web.config of its own for its caching and for embed.html.',
    '     Check the result: npx vrop-widgets check-host <address> -->',
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    ...entries(CONTENT_TYPES).flatMap(([ext, type]) => [
      `      <remove fileExtension=".${ext}" />`,
      `      <mimeMap fileExtension=".${ext}" mimeType="${type}" />`,
    ]),
    '      <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="00:05:00" cacheControlCustom="public, must-revalidate" />',
    '    </staticContent>',
    '    <urlCompression doStaticCompression="true" />',
    '    <httpProtocol>',
    '      <customHeaders>',
    ...xmlHeaders(CROSS_ORIGIN_HEADERS, '        '),
    '        <remove name="X-Frame-Options" />',
    '      </customHeaders>',
    '    </httpProtocol>',
    '  </system.webServer>',
    '</configuration>',
  ]);
}

/** IIS: a version folder's own `web.config`: its caching and a framable embed.html. */
export function iisFolderConfig(pinned) {
  const maxAge = pinned ? '365.00:00:00' : '00:05:00';
  const custom = pinned ? 'public, immutable' : 'public, must-revalidate';
  return lines([
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Valley ROP widgets: ${pinned ? 'a pinned version: its files never change' : 'the channel: it moves with each release'}. -->`,
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    `      <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="${maxAge}" cacheControlCustom="${custom}" />`,
    '    </staticContent>',
    '  </system.webServer>',
    '  <location path="embed.html">',
    '    <system.webServer>',
    '      <httpProtocol>',
    '        <customHeaders>',
    ...xmlHeaders(EMBED_HEADERS, '          '),
    '        </customHeaders>',
    '      </httpProtocol>',
    '    </system.webServer>',
    '  </location>',
    '</configuration>',
  ]);
}

/**
 * Netlify and Cloudflare Pages: `_headers`, for the release folder published as a site of its
 * own. It names each version folder, so it is written again with every release.
 */
export function headersFile({ channel, versions, dataFolder }) {
  const block = (path, headers) => [path, ...entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
  return lines([
    '# Valley ROP widgets on Netlify or Cloudflare Pages (written by npm run release).',
    '# Paths are from the top of the published folder: if it is published under a path of a',
    '# larger site, put that path before each one.',
    ...block('/*', CROSS_ORIGIN_HEADERS),
    ...[channel, dataFolder].flatMap((folder) => block(`/${folder}/*`, { 'Cache-Control': CACHE_CONTROL.moving })),
    ...versions.flatMap((version) => block(`/${version}/*`, { 'Cache-Control': CACHE_CONTROL.pinned })),
    ...[channel, ...versions].flatMap((folder) => block(`/${folder}/embed.html`, EMBED_HEADERS)),
  ]);
}
