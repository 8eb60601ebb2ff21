// Each README snippet through each HTML filter a district's CMS may apply, then loaded from the
// district's origin against the release on nginx: what survives, and whether it still gives a
// working widget (as pasted, or with the script once in the site's header). The table this
// writes is the README's "Which code for which editor"; `UPDATE_README=1` rewrites it there.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { asRopHost, openDistrictSite } from './district-page.mjs';
import { SANITIZERS } from './sanitizers.mjs';
import { hasServer, startServer } from './servers.mjs';

const { latest: PINNED, channel: CHANNEL } = JSON.parse(readFileSync('release/release.json', 'utf8'));
const hashes = JSON.parse(readFileSync(`release/${PINNED}/integrity.json`, 'utf8')).files;
const FALLBACK = '<a href="https://valleyrop.net/about-rop/overview/">Valley ROP at a glance</a>';
const moduleScript = (root) =>
  `<script type="module" src="${root}${PINNED}/vrop-widgets.js" integrity="${hashes['vrop-widgets.js'].integrity}" crossorigin="anonymous"></script>`;

const SNIPPETS = [
  { name: 'the widget’s tag and the module script', html: (root) => `${moduleScript(root)}\n<vrop-stats items="students budget">\n  ${FALLBACK}\n</vrop-stats>` },
  { name: 'the plain `<div data-vrop>` and the module script', html: (root) => `${moduleScript(root)}\n<div data-vrop="stats" data-vrop-items="students budget">\n  ${FALLBACK}\n</div>` },
  { name: 'the widget’s tag and the classic script', html: (root) => `<script src="${root}${CHANNEL}/vrop-widgets.iife.js" defer></script>\n<vrop-stats items="students budget">\n  ${FALLBACK}\n</vrop-stats>` },
  { name: 'the iframe', frame: true, html: (root) => `<iframe src="${root}${CHANNEL}/embed.html?widget=stats&amp;items=students%20budget" title="Valley ROP" style="width: 100%; border: 0" height="600"></iframe>` },
];

const OUTCOMES = {
  works: 'works',
  header: 'works with the script in the site’s header',
  fallback: 'fallback link only',
  nothing: 'nothing shown',
};

const skip = !hasServer('nginx') && !process.env.CI && 'needs nginx';

describe('snippets through the filters of CMS editors', { skip }, () => {
  let site;
  let server;
  let root;
  const table = new Map();
  before(async () => {
    site = await openDistrictSite();
    server = await startServer('nginx');
    root = asRopHost(server.root);
  });
  after(async () => {
    await server?.stop();
    await site?.close();
    if (table.size === SNIPPETS.length * SANITIZERS.filter((s) => !s.missing?.()).length) compareWithReadme(table);
  });

  /** What a visitor sees from `html` saved by a filter, with the script on the page or in the site's header. */
  async function outcome(saved, frame) {
    const asSaved = await site.visit(saved, { frame });
    if (asSaved.caption) return 'works';
    const withHeader = await site.visit(saved, { frame, head: moduleScript(root) });
    if (withHeader.caption) return 'header';
    return withHeader.fallbackLinks.length ? 'fallback' : 'nothing';
  }

  for (const sanitizer of SANITIZERS) {
    describe(sanitizer.name, { skip: sanitizer.missing?.() && !process.env.CI && sanitizer.missing() }, () => {
      for (const snippet of SNIPPETS) {
        it(snippet.name, async () => {
          const saved = await sanitizer.sanitize(snippet.html(root), site.browser);
          const result = await outcome(saved, snippet.frame);
          table.set(`${snippet.name}|${sanitizer.name}`, result);
          // What every editor keeps: the plain form gives a widget once the script is on the page.
          if (snippet.name.includes('data-vrop')) assert.ok(['works', 'header'].includes(result), `${sanitizer.name}: ${saved}`);
          if (sanitizer.name === 'no filter') assert.equal(result, 'works');
        });
      }
    });
  }
});

const START = '<!-- sanitizer-table:start (written by test/hosting/sanitizers.test.mjs) -->';
const END = '<!-- sanitizer-table:end -->';

function markdown(table) {
  const header = `| what you paste | ${SANITIZERS.map((s) => s.name).join(' | ')} |`;
  const rule = `| --- | ${SANITIZERS.map(() => '---').join(' | ')} |`;
  const rows = SNIPPETS.map((snippet) => `| ${snippet.name} | ${SANITIZERS.map((s) => OUTCOMES[table.get(`${snippet.name}|${s.name}`)]).join(' | ')} |`);
  const where = SANITIZERS.map((s) => `- **${s.name}**: ${s.where}.`);
  return [header, rule, ...rows, '', 'Where each filter applies:', '', ...where].join('\n');
}

/** The README holds the table the last run wrote; a change in behaviour must show there. */
function compareWithReadme(table) {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const generated = markdown(table);
  if (process.env.UPDATE_README && start >= 0 && end > start) {
    writeFileSync('README.md', `${readme.slice(0, start + START.length)}\n${generated}\n${readme.slice(end)}`);
    return;
  }
  const committed = start >= 0 ? readme.slice(start + START.length, end).trim() : '(no table)';
  assert.equal(committed, generated, 'README.md’s sanitizer table is not what the snippets do now: run UPDATE_README=1 npm run test:hosting and read the change.');
}
