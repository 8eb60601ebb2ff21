// Writes <folder>/integrity.json: the SRI hash and size of every file a page or script loads from
// a release folder, so the builder, the host checker and webmasters' tools read one list.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sriHash, widgetFiles } from './sizes.mjs';
import { widgetModules } from './widget-styles.mjs';

const LISTED = /\.(js|html|css|json)$/;

/**
 * The folder of a version's compatible line: `1` for 1.4.2, `0.1` for 0.1.3 (before 1.0 a minor
 * release may break, as npm's ^0.1.0 assumes too).
 */
export function channelOf(version) {
  const [major, minor] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

/** `published`: the folder is a version folder of a release, whose parent is the release root. */
export function writeIntegrity(folder, version, { published = false } = {}) {
  const files = {};
  for (const name of readdirSync(folder).sort()) {
    if (!LISTED.test(name) || name === 'integrity.json') continue;
    const bytes = readFileSync(join(folder, name));
    files[name] = { integrity: sriHash(bytes), bytes: bytes.length };
  }
  // The files each widget's module needs beside vrop-widgets.js, for the builder's
  // <link rel="modulepreload"> lines.
  const widgets = Object.fromEntries(widgetModules().map(({ tag }) => [tag, widgetFiles(folder, tag)]));
  const manifest = { name: 'vrop-widgets', version, channel: channelOf(version), ...(published && { published }), files, widgets };
  writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  writeIntegrity(process.argv[2] ?? 'dist', version);
}
