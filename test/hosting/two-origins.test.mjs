// A district page on one origin loads Valley ROP's release from real nginx and Apache servers on
// another, with each snippet the README and the builder hand out. With the release's server
// configuration every snippet works; on a server as it comes, only those that need no CORS do.
// Run after `npm run release:folder`; needs Chromium, nginx and Apache (CI installs them).
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { shadowRootTemplate } from '../../lib/shared/prerender.js';
import { VALID } from '../fixtures/data-corpus.mjs';
import { asRopHost, openDistrictSite } from './district-page.mjs';
import { hasServer, startServer } from './servers.mjs';

const release = JSON.parse(readFileSync('release/release.json', 'utf8'));
const { files: hashes, widgets } = JSON.parse(readFileSync(`release/${release.latest}/integrity.json`, 'utf8'));
const PINNED = release.latest;
const CHANNEL = release.channel;
const UPDATED_DATA = VALID['figures-only'];

// The README's line for a host page that sizes the frame to its content.
const RESIZE = "addEventListener('message', (e) => { if (e.data?.type === 'vrop-embed-height') for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.height = e.data.height; });";
const FALLBACK = '<a href="https://valleyrop.net/about-rop/overview/">Valley ROP at a glance</a>';
const STATS = `<vrop-stats>${FALLBACK}</vrop-stats>`;

/** The stats widget's markup and CSS as the release renders them (set once a server runs), for prerendered code. */
const stats = { markup: '', css: '' };
/**
 * `<vrop-stats>` with its prerendered markup, as the builder writes it: its CSS inline, or
 * linking `folder`'s style sheet (with its hash when pinned).
 */
const prerenderedStats = (root, folder, { inline = false } = {}) => {
  const integrity = folder === PINNED ? hashes['vrop-stats.css'].integrity : undefined;
  const styles = inline ? { css: stats.css } : { href: `${root}${folder}/vrop-stats.css`, integrity };
  return `<vrop-stats>${shadowRootTemplate({ shadowRoot: { innerHTML: stats.markup } }, styles)}${FALLBACK}</vrop-stats>`;
};

/** Each snippet: its markup for a release root, and whether it needs the server's CORS headers. */
const SNIPPETS = [
  {
    name: 'module script, pinned, with integrity',
    needsCors: true,
    html: (root) => `<script type="module" src="${root}${PINNED}/vrop-widgets.js" integrity="${hashes['vrop-widgets.js'].integrity}" crossorigin="anonymous"></script>${STATS}`,
  },
  {
    name: 'module script, channel',
    needsCors: true,
    html: (root) => `<script type="module" src="${root}${CHANNEL}/vrop-widgets.js"></script>${STATS}`,
  },
  {
    name: 'classic script, pinned, with integrity',
    needsCors: true,
    html: (root) => `<script src="${root}${PINNED}/vrop-widgets.iife.js" integrity="${hashes['vrop-widgets.iife.js'].integrity}" crossorigin="anonymous" defer></script>${STATS}`,
  },
  {
    name: 'classic script, channel',
    needsCors: false,
    html: (root) => `<script src="${root}${CHANNEL}/vrop-widgets.iife.js" defer></script>${STATS}`,
  },
  {
    name: 'module script, pinned, prerendered, inline CSS',
    needsCors: true,
    prerendered: true,
    html: (root) =>
      `<script type="module" src="${root}${PINNED}/vrop-widgets.js" integrity="${hashes['vrop-widgets.js'].integrity}" crossorigin="anonymous"></script>${prerenderedStats(root, PINNED, { inline: true })}`,
  },
  {
    name: 'module script, pinned, prerendered, linked CSS',
    needsCors: true,
    prerendered: true,
    html: (root) => `<script type="module" src="${root}${PINNED}/vrop-widgets.js" integrity="${hashes['vrop-widgets.js'].integrity}" crossorigin="anonymous"></script>${prerenderedStats(root, PINNED)}`,
  },
  {
    name: 'module script, channel, prerendered, linked CSS',
    needsCors: true,
    prerendered: true,
    html: (root) => `<script type="module" src="${root}${CHANNEL}/vrop-widgets.js"></script>${prerenderedStats(root, CHANNEL)}`,
  },
  {
    name: 'iframe (embed.html)',
    needsCors: false,
    frame: true,
    html: (root) => `<iframe src="${root}${CHANNEL}/embed.html?widget=stats&amp;lang=es" title="Valley ROP" style="width: 100%; border: 0" height="600"></iframe><script>${RESIZE}</script>`,
  },
  {
    name: '<meta name="vrop-data"> with a classic script',
    needsCors: true,
    data: true,
    html: (root) => `<meta name="vrop-data" content="${root}data/vrop-data.json"><script src="${root}${CHANNEL}/vrop-widgets.iife.js" defer></script>${STATS}`,
  },
];

let site;
const outcomes = [];

before(async () => (site = await openDistrictSite()));

after(async () => {
  if (outcomes.length) console.log(`\nSnippet x server (district page ${site.origin}, release on rop.test):\n${outcomes.join('\n')}`);
  await site?.close();
});

const visit = (...args) => site.visit(...args);

for (const kind of ['nginx', 'apache']) {
  for (const configured of [true, false]) {
    const label = `${kind} ${configured ? 'with the release’s configuration' : 'as it comes (no configuration)'}`;
    const skip = !hasServer(kind) && !process.env.CI && `${kind} is not installed (Debian: apt-get install nginx-light apache2)`;
    describe(`a district page, release on ${label}`, { skip }, () => {
      let server;
      let root;
      before(async () => {
        // Staff have published newer figures in the data file.
        server = await startServer(kind, { configured, prepare: (folder) => writeFileSync(join(folder, 'data/vrop-data.json'), UPDATED_DATA) });
        root = asRopHost(server.root);
        if (!stats.markup) Object.assign(stats, await renderedStats(root));
      });
      after(() => server?.stop());

      for (const snippet of SNIPPETS) {
        const works = configured || !snippet.needsCors;
        const fails = snippet.prerendered ? 'shows its prerendered markup, as it is' : 'shows only the fallback';
        it(`${snippet.name}: ${works ? 'renders' : fails}`, async () => {
          const seen = await visit(snippet.html(root), snippet);
          const rendered = seen.caption.includes(snippet.data && configured ? '2021-22' : '2018-19');
          outcomes.push(`  ${label.padEnd(48)} ${snippet.name.padEnd(48)} ${describeOutcome(snippet, seen)}`);
          if (snippet.prerendered) {
            // Only a bundle that ran took the markup over; without it the markup stays, styled,
            // unless its style sheet was refused too (a pinned one needs CORS): then the fallback link.
            assert.equal(seen.defined, works, seen.console.join('\n'));
            const sheetRefused = !configured && snippet.html(root).includes('crossorigin="anonymous" integrity="sha384-');
            assert.equal(seen.styled, !sheetRefused, snippet.name);
            assert.equal(seen.fallbackVisible, sheetRefused, snippet.name);
            if (!sheetRefused) assert.match(seen.caption, /2018-19/);
            return;
          }
          if (snippet.data) {
            if (configured) {
              assert.match(seen.caption, /2021-22/, 'the updated data file applies');
              assert.deepEqual(seen.dataErrors, []);
            } else {
              assert.match(seen.caption, /2018-19/, 'the built-in figures stay');
              assert.deepEqual(seen.dataErrors, ['missing']);
              assert.ok(seen.console.some((line) => /data file .* was not used/.test(line)), seen.console.join('\n'));
            }
            return;
          }
          assert.equal(rendered, works, `caption: "${seen.caption}"\n${seen.console.join('\n')}`);
          // The module script fetches the stats widget's code, and no other widget's.
          if (works && snippet.html(root).includes('vrop-widgets.js"')) assert.deepEqual([...new Set(seen.scripts)].sort(), [...widgets['vrop-stats'], 'vrop-widgets.js'].sort());
          if (!works) assert.ok(seen.console.some((line) => /Access-Control-Allow-Origin/.test(line)), seen.console.join('\n'));
          if (snippet.frame) {
            assert.equal(Number(seen.iframeHeight), seen.contentHeight, 'the frame sized itself to its content');
            assert.ok(seen.contentHeight > 150 && seen.contentHeight !== 600);
          }
        });
      }

      if (configured) {
        it('a pinned script whose integrity does not match is refused', async () => {
          const wrong = `sha384-${Buffer.alloc(48).toString('base64')}`;
          const seen = await visit(`<script type="module" src="${root}${PINNED}/vrop-widgets.js" integrity="${wrong}" crossorigin="anonymous"></script>${STATS}`);
          assert.equal(seen.caption, '');
          assert.ok(seen.console.some((line) => /integrity/i.test(line)), seen.console.join('\n'));
        });
      }
    });
  }
}

describe('a widget’s file changed on the host after the release', { skip: !hasServer('nginx') && !process.env.CI && 'nginx is not installed' }, () => {
  it('is refused under the pinned snippet: the fallback stays, and the console names the file', async () => {
    const server = await startServer('nginx', {
      prepare: (folder) => {
        const file = join(folder, PINNED, widgets['vrop-stats'][0]);
        appendFileSync(file, "\nconsole.log('changed on the host');\n");
        // Without its compressed copies, which the server would send instead.
        for (const compressed of ['.br', '.gz']) rmSync(`${file}${compressed}`, { force: true });
      },
    });
    try {
      const root = asRopHost(server.root);
      const seen = await visit(`<script type="module" src="${root}${PINNED}/vrop-widgets.js" integrity="${hashes['vrop-widgets.js'].integrity}" crossorigin="anonymous"></script>${STATS}`);
      assert.equal(seen.caption, '');
      assert.equal(seen.defined, false);
      assert.equal(seen.fallbackVisible, true);
      assert.ok(!seen.console.includes('changed on the host'), 'the changed file never ran');
      const warning = /<vrop-stats>'s code was not loaded \(.*\/vrop-stats-[\w-]{8}\.js could not be loaded or differs from the release\); its fallback content stays\./;
      assert.ok(seen.console.some((line) => warning.test(line)), seen.console.join('\n'));
    } finally {
      await server.stop();
    }
  });
});

/** The stats widget's shadow markup as the release's own embed.html renders it, without its count-up. */
async function renderedStats(root) {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${root}${CHANNEL}/embed.html?widget=stats&no-animation`, { waitUntil: 'networkidle0' });
    return await page.$eval('vrop-stats', (el) => ({
      markup: el.shadowRoot.innerHTML,
      css: el.constructor.elementStyles.map((sheet) => sheet.cssText).join('\n'),
    }));
  } finally {
    await page.close();
  }
}

function describeOutcome(snippet, seen) {
  if (snippet.prerendered && !seen.styled) return 'fallback link only (bundle and style sheet refused)';
  if (snippet.prerendered && !seen.defined) return 'prerendered markup, styled, stays (bundle refused)';
  if (snippet.prerendered) return 'prerendered, then the bundle took over';
  if (snippet.data) return seen.caption.includes('2021-22') ? 'data file applied' : `built-in data kept (vrop-data-error: ${seen.dataErrors.join(', ')})`;
  if (!seen.caption) return 'fallback link only';
  return snippet.frame ? `renders, frame ${seen.iframeHeight} px tall` : 'renders';
}

describe('the embed code builder, served from the release folder', { skip: !hasServer('nginx') || !hasServer('apache') ? !process.env.CI && 'needs nginx and Apache' : false }, () => {
  let ready;
  let bare;
  let page;
  before(async () => {
    ready = await startServer('nginx', { prepare: (folder) => writeFileSync(join(folder, 'data/vrop-data.json'), UPDATED_DATA) });
    bare = await startServer('apache', { configured: false });
    page = await site.browser.newPage();
    await page.goto(`${asRopHost(ready.root)}${CHANNEL}/builder.html`, { waitUntil: 'networkidle0' });
  });
  after(async () => {
    await page?.close();
    await ready?.stop();
    await bare?.stop();
  });

  const code = () => page.$eval('#snippet', (area) => area.value);
  const setAddress = (address) =>
    page.$eval('[name="base"]', (input, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, address);
  const check = async () => {
    await page.click('#check-host');
    await page.waitForFunction(() => /^(Ready|Not ready)/.test(document.querySelector('#host-check').textContent));
    return page.$eval('#host-check', (status) => status.textContent);
  };

  it('fills in its own address, says why it is not one to hand out, and its code works on a district page', async () => {
    const root = asRopHost(ready.root);
    assert.equal(await page.$eval('[name="base"]', (input) => input.value), root);
    assert.match(await page.$eval('#base-note', (note) => note.textContent), /District sites are served over https/);
    await page.select('[name="widget"]', 'stats');
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<vrop-stats'));
    const snippet = await code();
    assert.ok(snippet.includes(`https://ADDRESS-OF-THE-RELEASE-FOLDER/${PINNED}/vrop-widgets.js"\n        integrity="${hashes['vrop-widgets.js'].integrity}"`), snippet);
    // The webmaster's copy, with the real address in place of the placeholder.
    const seen = await visit(snippet.replaceAll('https://ADDRESS-OF-THE-RELEASE-FOLDER/', root));
    assert.match(seen.caption, /2021-22/, 'the pinned bundle ran and read the live data file');
    outcomes.push(`  ${'nginx, the builder’s code'.padEnd(48)} ${'module script, pinned, with integrity + src'.padEnd(48)} ${describeOutcome({ data: true }, seen)}`);
  });

  it('“Check this address” says ready for the configured host and names the missing CORS header of a host as it comes', async () => {
    assert.match(await check(), /^Ready: district pages can load release/);
    await setAddress(bare.root);
    const verdict = await check();
    assert.match(verdict, /^Not ready: district pages would show only the fallback links/);
    assert.match(verdict, /could not be read from another site: the host did not answer, or sends no "Access-Control-Allow-Origin" header/);
  });
});
