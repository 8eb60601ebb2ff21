// `npm run release [folder]`: writes the folder Valley ROP's host serves as it is (default
// `release/`): the pinned version (immutable, used with `integrity`), the channel of its
// compatible line (replaced in place), the data file (kept once staff have edited it), the
// server configurations and the builder. Older pinned versions already in the folder stay.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DATA_PATH, PINNED_FOLDER } from '../bin/hosting-rules.mjs';
import { CHUNK_NAME } from './chunk-integrity.mjs';
import { channelOf, writeIntegrity } from './integrity.mjs';
import { apacheConfig, headersFile, iisConfig, iisFolderConfig, nginxConfig } from './server-configs.mjs';
import { kib } from './sizes.mjs';

const out = process.argv[2] ?? 'release';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const channel = channelOf(version);
const built = existsSync('dist/integrity.json') && JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
if (built?.version !== version) {
  console.error(`dist/ does not hold version ${version}: run "npm run build" first (or "npm run release", which builds).`);
  process.exit(1);
}

const COMPRESS = /\.(js|json|html|css|map)$/;

function precompress(folder) {
  for (const name of readdirSync(folder).filter((file) => COMPRESS.test(file))) {
    const bytes = readFileSync(join(folder, name));
    writeFileSync(join(folder, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(join(folder, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  }
}

/** The content-named files in `folder` (`vrop-stats-<hash>.js`, its map and compressed copies), with their bytes. */
const chunksIn = (folder) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => CHUNK_NAME.test(file.replace(/\.(br|gz)$/, '')))
        .map((file) => [file, readFileSync(join(folder, file))])
    : [];

function writeVersionFolder(name, pinned) {
  const folder = join(out, name);
  // The channel keeps the widget files of the releases before: a visitor's browser may still
  // have the previous vrop-widgets.js cached (5 minutes), and it asks for those.
  const previous = pinned ? [] : chunksIn(folder);
  rmSync(folder, { recursive: true, force: true });
  cpSync('dist', folder, { recursive: true });
  for (const [file, bytes] of previous) if (!existsSync(join(folder, file))) writeFileSync(join(folder, file), bytes);
  writeIntegrity(folder, version, { published: true });
  precompress(folder);
  writeFileSync(join(folder, 'web.config'), iisFolderConfig(pinned));
}

mkdirSync(out, { recursive: true });
writeVersionFolder(version, true);
writeVersionFolder(channel, false);

// The data file is Valley ROP's to edit in place: written once, never overwritten. It ships
// without .br/.gz siblings, which would go stale when staff edit it.
const dataFile = join(out, DATA_PATH);
const dataFolder = DATA_PATH.split('/')[0];
mkdirSync(join(out, dataFolder), { recursive: true });
const keptData = existsSync(dataFile);
if (!keptData) cpSync('dist/vrop-data.json', dataFile);
cpSync('dist/vrop-data.schema.json', join(out, dataFolder, 'vrop-data.schema.json'));

const versions = readdirSync(out).filter((name) => new RegExp(`^${PINNED_FOLDER}$`).test(name)).sort();
const info = { name: 'vrop-widgets', latest: version, channel, data: DATA_PATH, versions };
writeFileSync(join(out, 'release.json'), `${JSON.stringify(info, null, 2)}\n`);
writeFileSync(join(out, '.htaccess'), apacheConfig());
writeFileSync(join(out, 'nginx.conf'), nginxConfig());
writeFileSync(join(out, 'web.config'), iisConfig());
writeFileSync(join(out, '_headers'), headersFile({ channel, versions, dataFolder }));
writeFileSync(join(out, 'index.html'), indexPage(info));

/** The folder's front page: where a webmaster who is sent its address finds the builder. */
function indexPage({ latest, channel: line, versions: all }) {
  const item = (href, text) => `      <li><a href="${href}">${text}</a></li>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Valley ROP widgets</title>
  </head>
  <body>
    <h1>Valley ROP widgets</h1>
    <p>Valley ROP's web components for member district websites. To put one on a district page, open the embed code builder and copy its code.</p>
    <ul>
${[
  item(`${line}/builder.html`, `Embed code builder (release ${latest})`),
  item(DATA_PATH, 'The data file every district page reads'),
  ...all.map((v) => item(`${v}/integrity.json`, `Release ${v}: files and integrity hashes`)),
].join('\n')}
    </ul>
  </body>
</html>
`;
}

function folderBytes(path) {
  return statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0)
    : statSync(path).size;
}
const hashes = JSON.parse(readFileSync(join(out, version, 'integrity.json'), 'utf8')).files;
console.log(`${out}/: release ${version}, channel ${channel}/, ${kib(folderBytes(out))} in all (${versions.length} pinned version${versions.length === 1 ? '' : 's'})`);
console.log(`  ${DATA_PATH}: ${keptData ? 'kept as it was (edited by staff)' : 'the built-in data, to edit in place'}`);
for (const file of ['vrop-widgets.js', 'vrop-widgets.iife.js']) console.log(`  ${version}/${file}: integrity="${hashes[file].integrity}"`);
console.log('Upload the folder as it is, then check it: npx vrop-widgets check-host https://<host>/<folder>/');
