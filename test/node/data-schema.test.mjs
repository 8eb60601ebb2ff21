// The runtime validator (in the bundle) and the published JSON Schema (run by ajv) must agree:
// both accept the defaults and every valid file, both reject every broken one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { BROKEN, DEFAULTS, VALID } from '../fixtures/data-corpus.mjs';
import { MAX_DATA_BYTES, parseDataFile } from '../../lib/shared/data/parse.js';
import { DATA_SPEC } from '../../lib/shared/data/spec.js';
import { validate } from '../../lib/shared/data/validate.js';

const schema = JSON.parse(readFileSync(new URL('../../dist/vrop-data.schema.json', import.meta.url), 'utf8'));
const schemaAccepts = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** What the widgets do with a file: the very function their loader calls, on the file's bytes. */
const parseText = (text) => parseDataFile(Buffer.from(text));
const runtimeAccepts = (text) => parseText(text).ok;

function schemaAcceptsText(text) {
  try {
    return schemaAccepts(JSON.parse(text));
  } catch {
    return false;
  }
}

describe('data file: runtime validator and published schema agree', () => {
  it('dist/vrop-data.json is exactly the embedded defaults, and both accept it', () => {
    const published = JSON.parse(readFileSync(new URL('../../dist/vrop-data.json', import.meta.url), 'utf8'));
    assert.deepEqual(published, DEFAULTS);
    assert.equal(published.figures.schoolYear, '2018-19');
    assert.equal(runtimeAccepts(JSON.stringify(published)), true);
    assert.equal(schemaAccepts(published), true, JSON.stringify(schemaAccepts.errors));
  });

  for (const [name, text] of Object.entries(VALID)) {
    it(`both accept the valid file "${name}"`, () => {
      assert.equal(runtimeAccepts(text), true, parseText(text).problems?.join('\n'));
      assert.equal(schemaAcceptsText(text), true, JSON.stringify(schemaAccepts.errors));
    });
  }

  it(`has at least 25 broken files (${Object.keys(BROKEN).length})`, () => {
    assert.ok(Object.keys(BROKEN).length >= 25);
  });

  for (const [name, { body, schemaSees = true }] of Object.entries(BROKEN)) {
    it(`both reject the broken file "${name}"`, () => {
      assert.equal(runtimeAccepts(body), false);
      // Duplicate ids and file size have no JSON Schema keyword: only the runtime sees them.
      assert.equal(schemaAcceptsText(body), !schemaSees);
    });
  }

  it('counts the size in bytes as sent (UTF-8), not in characters', () => {
    // A file of exactly the limit is used; one byte more is not, whether it is text or bytes.
    const file = (bytes) => {
      const text = JSON.stringify({ version: 1 });
      return text.slice(0, -1) + ' '.repeat(bytes - Buffer.byteLength(text)) + '}';
    };
    assert.equal(parseText(file(MAX_DATA_BYTES)).ok, true);
    assert.deepEqual(parseText(file(MAX_DATA_BYTES + 1)), {
      ok: false,
      reason: 'too-large',
      problems: ['$: the file is over 256 KB'],
    });
    const multibyte = BROKEN['oversize-multibyte'].body;
    assert.ok(multibyte.length < MAX_DATA_BYTES, 'fewer characters than the limit');
    assert.ok(Buffer.byteLength(multibyte) > MAX_DATA_BYTES, 'more bytes than the limit');
    assert.equal(parseText(multibyte).reason, 'too-large');
  });

  it('reads bytes as the browser does: UTF-8, a leading BOM skipped', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID['figures-only'])]);
    const result = parseDataFile(bytes);
    assert.equal(result.ok, true, result.problems?.join('\n'));
    assert.equal(result.data.figures.schoolYear, '2021-22');
    // The sections it does not have stay the built-in ones.
    assert.deepEqual(result.data.mission, DEFAULTS.mission);
  });

  it('names the reason the widgets report in vrop-data-error', () => {
    const reasons = Object.fromEntries(
      ['not-json', 'version-2', 'version-missing', 'top-level-__proto__', 'oversize'].map((name) => [name, parseText(BROKEN[name].body).reason]),
    );
    assert.deepEqual(reasons, {
      'not-json': 'not-json',
      'version-2': 'version',
      'version-missing': 'version',
      'top-level-__proto__': 'invalid',
      oversize: 'too-large',
    });
  });

  it('an extra key named like a built-in is an unknown field wherever it is', () => {
    assert.deepEqual(parseText(BROKEN['top-level-__proto__'].body).problems, ['$.__proto__: is not a known field']);
    assert.deepEqual(parseText(BROKEN['figure-label-valueOf'].body).problems, [
      '$.figures.items[3].label.valueOf: is not a known field',
    ]);
  });

  it('every runtime problem names its JSON path', () => {
    const problems = validate(DATA_SPEC, JSON.parse(BROKEN['figure-value-negative'].body));
    assert.deepEqual(problems, ['$.figures.items[3].value: expected a number, 0 or more']);
  });
});

describe('vrop-widgets validate <file>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vrop-data-'));
  const run = (name, text) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, text);
    try {
      return { code: 0, out: execFileSync('node', ['bin/vrop-widgets.mjs', 'validate', file], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      return { code: error.status, out: error.stderr };
    }
  };

  it('says a good file is valid and what it replaces', () => {
    const { code, out } = run('figures', VALID['figures-only']);
    assert.equal(code, 0);
    assert.match(out, /valid\. It replaces: figures\./);
  });

  it('prints every problem with its JSON path and fails', () => {
    const { code, out } = run('bad', BROKEN['district-website-javascript'].body.replace('"Tulare"', '7'));
    assert.equal(code, 1);
    assert.match(out, /2 problems/);
    assert.match(out, /\$\.districts\[0\]\.counties\[0\]: expected text/);
    assert.match(out, /\$\.districts\[5\]\.website: expected an http\(s\):\/\/, mailto: or tel: link/);
  });

  it('refuses a file the widgets would refuse: over 256 KB in bytes, or with a toString key', () => {
    const big = run('multibyte', BROKEN['oversize-multibyte'].body);
    assert.equal(big.code, 1);
    assert.match(big.out, /\$: the file is over 256 KB/);
    const builtin = run('proto', BROKEN['figure-toString'].body);
    assert.equal(builtin.code, 1);
    assert.match(builtin.out, /\$\.figures\.items\[\d\]\.toString: is not a known field/);
  });

  it('accepts a file saved with a BOM, as the widgets do', () => {
    const { code, out } = run('bom', `\uFEFF${VALID['figures-only']}`);
    assert.equal(code, 0);
    assert.match(out, /valid\. It replaces: figures\./);
  });

  it('reports a file that is not JSON', () => {
    const { code, out } = run('broken', BROKEN['not-json'].body);
    assert.equal(code, 1);
    assert.match(out, /\$: not JSON/);
  });
});
