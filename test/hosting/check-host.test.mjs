// `vrop-widgets check-host` against real nginx and Apache servers: silent where a district page
// would work, and naming each problem with its fix where it would not.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { freePort, hasServer, startServer } from './servers.mjs';

const { latest: PINNED, channel: CHANNEL } = JSON.parse(readFileSync('release/release.json', 'utf8'));

/** Runs the command as a webmaster would; resolves with its exit status and output. */
function checkHost(...args) {
  return new Promise((resolve) => {
    execFile('node', ['bin/vrop-widgets.mjs', 'check-host', ...args], (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, out: stdout + stderr }),
    );
  });
}

/** Runs check-host against a server started with `options`, and stops it. */
async function checkServer(kind, options) {
  const server = await startServer(kind, options);
  try {
    return await checkHost(server.root);
  } finally {
    await server.stop();
  }
}

/** Each problem the command printed, with the line that lists its files. */
const problems = (out) => out.split(/\n {2}(?=\S)/).filter((block) => block.startsWith('PROBLEM'));
const skipWithout = (...kinds) => {
  const missing = kinds.filter((kind) => !hasServer(kind));
  return missing.length && !process.env.CI ? `not installed: ${missing.join(', ')}` : false;
};

// Every file integrity.json lists, in the pinned folder and in the channel, and the data file.
const ALL_FILES = 2 * Object.keys(JSON.parse(readFileSync('dist/integrity.json', 'utf8')).files).length + 1;

describe('check-host', () => {
  for (const kind of ['nginx', 'apache']) {
    it(`passes ${kind} with the release's configuration`, { skip: skipWithout(kind) }, async () => {
      const { status, out } = await checkServer(kind, {});
      assert.equal(status, 0, out);
      assert.deepEqual(problems(out), []);
      assert.match(out, /Ready: a district page on another site can use every snippet/);
      assert.match(out, new RegExp(`ok +${PINNED}/vrop-widgets\\.js, .*data/vrop-data\\.json \\(${ALL_FILES} files\\)`));
    });
  }

  it('fails nginx as it comes: no CORS, named for every file, with the nginx fix', { skip: skipWithout('nginx') }, async () => {
    const { status, out } = await checkServer('nginx', { configured: false });
    assert.equal(status, 1, out);
    const found = problems(out);
    assert.equal(found.length, 1, out);
    assert.match(found[0], /Sent without "Access-Control-Allow-Origin: \*", so browsers refuse it to district pages .* Include the release folder’s nginx\.conf/);
    // Every file of the pinned folder and of the channel (each as integrity.json lists), and the data file.
    assert.match(found[0], new RegExp(`in: .*\\(${ALL_FILES} files\\)`));
    assert.match(out, /1 problem: district pages would show only their fallback links/);
  });

  it('fails Apache without .htaccess applied, with the Apache fix', { skip: skipWithout('apache') }, async () => {
    const { status, out } = await checkServer('apache', { configured: false });
    assert.equal(status, 1, out);
    assert.ok(problems(out).every((line) => line.includes('Upload the release folder’s .htaccess too')), out);
    assert.match(problems(out)[0], /Access-Control-Allow-Origin/);
  });

  it('names a careless host’s every mistake: framing refused, a changed file, a missing one, a bad data file, a moving file cached for a year', { skip: skipWithout('apache') }, async () => {
    const { status, out } = await checkServer('apache', {
      configured: false,
      extra: [
        'Header always set X-Frame-Options SAMEORIGIN',
        'Header set Access-Control-Allow-Origin "*"',
        'Header set Cross-Origin-Resource-Policy cross-origin',
        'Header set Cache-Control "public, max-age=31536000, immutable"',
      ].join('\n'),
      prepare(folder) {
        const bundle = join(folder, PINNED, 'vrop-widgets.js');
        writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}\n/* minified again by the host */`);
        rmSync(join(folder, CHANNEL, 'embed.js'));
        writeFileSync(join(folder, 'data/vrop-data.json'), '{ "version": 1, "figures": { "schoolYear": 2021 } }');
      },
    });
    assert.equal(status, 1, out);
    const found = problems(out).join('\n');
    const about = (pattern, files) => assert.match(found, new RegExp(`${pattern}.*\\n +in: ${files}`), found);
    about('Sent with "X-Frame-Options: SAMEORIGIN", so no district page can show it in an iframe', `${PINNED}/embed.html, ${CHANNEL}/embed.html`);
    about('Differs from the release, so its integrity check fails', `${PINNED}/vrop-widgets.js`);
    about('Missing: the host answered 404', `${CHANNEL}/embed.js`);
    about('Would be ignored by the widgets .*\\$\\.figures', 'data/vrop-data.json');
    about('Cached as "public, max-age=31536000, immutable": it changes in place, and visitors would keep the old one for up to 365 days', `${CHANNEL}/vrop-widgets.js, `);
    assert.doesNotMatch(found, /Access-Control-Allow-Origin/);
  });

  it('names a wrong content type', { skip: skipWithout('nginx') }, async () => {
    // A server without its list of types, that sends CORS headers of its own.
    const { status, out } = await checkServer('nginx', { configured: false, mimeTypes: false, extra: 'add_header Access-Control-Allow-Origin "*";' });
    assert.equal(status, 1, out);
    assert.match(problems(out).join('\n'), new RegExp(`Sent as "application/octet-stream" instead of text/javascript\\. Browsers will not run or show it.*\\n +in: ${PINNED}/vrop-widgets.js`));
  });

  it('says when the host cannot be reached, or the address is not a release', async () => {
    const port = await freePort();
    const unreachable = await checkHost(`http://127.0.0.1:${port}/vrop-widgets/`);
    assert.equal(unreachable.status, 1);
    assert.match(unreachable.out, /Could not be reached \(ECONNREFUSED\)/);
    const usage = await checkHost();
    assert.equal(usage.status, 2);
    assert.match(usage.out, /Usage: vrop-widgets check-host <address of the release folder>/);
  });
});
