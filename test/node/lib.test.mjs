// lib/ as the npm package ships it (needs `npm run build`): source maps that lead back to the
// TypeScript with its text inside (src/ is not shipped), and the CSS minified as in the bundle.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { originalPositionFor, sourceContentFor, TraceMap } from '@jridgewell/trace-mapping';

const lib = new URL('../../lib/', import.meta.url);
const files = readdirSync(lib, { recursive: true }).filter((file) => file.endsWith('.js') && !file.startsWith('jsx'));
const read = (file) => readFileSync(new URL(file, lib), 'utf8');

/** Where the first match of `needle` in lib/`file` comes from, through the map: that source line. */
function origin(file, needle) {
  const code = read(file);
  const index = code.search(needle);
  assert.notEqual(index, -1, `${needle} in ${file}`);
  const before = code.slice(0, index).split('\n');
  const map = new TraceMap(read(`${file}.map`), new URL(file, lib).href);
  const position = originalPositionFor(map, { line: before.length, column: before.at(-1).length });
  assert.ok(position.source, `${file}: ${needle} is mapped`);
  return sourceContentFor(map, position.source).split('\n')[position.line - 1];
}

describe('lib/', () => {
  it('has a source map beside every module, with every source inlined', () => {
    assert.ok(files.length > 20);
    for (const file of files) {
      assert.match(read(file), new RegExp(`//# sourceMappingURL=${file.split('/').at(-1)}\\.map\\n?$`), file);
      const map = JSON.parse(read(`${file}.map`));
      assert.equal(map.sourcesContent?.length, map.sources.length, file);
      assert.ok(map.sourcesContent.every((text) => typeof text === 'string' && text.length), file);
    }
  });

  it('maps code back to the TypeScript line it came from', () => {
    assert.match(origin('stats/vrop-stats.js', /define\(["']vrop-stats/), /define\('vrop-stats', VropStats\)/);
    assert.match(origin('contact/vrop-contact.js', /["']vrop-contact-sent["']/), /'vrop-contact-sent'/);
    // Below a minified css`` template (many lines folded into one) the lines still match.
    assert.match(origin('shared/tokens.styles.js', /const hostStyles/), /export const hostStyles = css`/);
  });

  it('ships its CSS minified: no comments, no line breaks or indentation inside css``', () => {
    const styles = files.filter((file) => file.endsWith('.styles.js'));
    assert.ok(styles.length >= 4);
    for (const file of styles) {
      for (const [, body] of read(file).matchAll(/\bcss`([^`]*)`/g)) {
        assert.doesNotMatch(body, /\/\*|\n\s/, file);
      }
    }
  });
});
