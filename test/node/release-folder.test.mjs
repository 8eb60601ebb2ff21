// The release folder across two releases of the channel: a browser that still has the channel's
// previous vrop-widgets.js cached asks for that release's widget files, so the channel keeps
// them, while a pinned folder holds exactly its own. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const channel = version.startsWith('0.') ? version.split('.').slice(0, 2).join('.') : version.split('.')[0];
const out = mkdtempSync(join(tmpdir(), 'vrop-release-'));
const release = () => execFileSync(process.execPath, ['scripts/release.mjs', out], { encoding: 'utf8' });
const listed = (folder) => JSON.parse(readFileSync(join(out, folder, 'integrity.json'), 'utf8'));

describe('the release folder', () => {
  after(() => rmSync(out, { recursive: true, force: true }));

  it('holds every widget file the module script names, in the pinned folder and the channel', () => {
    release();
    for (const folder of [version, channel]) {
      const { widgets, files } = listed(folder);
      for (const [tag, names] of Object.entries(widgets)) {
        assert.match(names[0], new RegExp(`^${tag}-[\\w-]{8}\\.js$`));
        for (const name of names) assert.ok(files[name] && existsSync(join(out, folder, name)), `${folder}/${name}`);
      }
    }
  });

  it('keeps the previous release’s widget files in the channel on the next release, never in a pinned folder', () => {
    // What the channel held from the release before this one.
    const previous = join(out, channel, 'vrop-stats-Previous.js');
    writeFileSync(previous, 'export {};\n');
    writeFileSync(`${previous}.br`, 'compressed');
    writeFileSync(join(out, channel, 'vrop-widgets-old-notes.txt'), 'not a widget file');
    release();
    assert.equal(readFileSync(previous, 'utf8'), 'export {};\n');
    assert.ok(existsSync(`${previous}.br`));
    assert.ok(!existsSync(join(out, channel, 'vrop-widgets-old-notes.txt')), 'anything else is replaced');
    assert.ok(!existsSync(join(out, version, 'vrop-stats-Previous.js')));
  });
});
