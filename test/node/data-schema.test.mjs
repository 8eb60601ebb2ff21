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
import { dataLimits } from '../../lib/shared/data/load.js';
import { DATA_SPEC } from '../../lib/shared/data/spec.js';
import { validate } from '../../lib/shared/data/validate.js';

const schema = JSON.parse(readFileSync(new URL('../../dist/vrop-data.schema.json', import.meta.url), 'utf8'));
const schemaAccepts = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** What the widgets do with a file's text: parse, check its size and version, validate. */
function runtimeAccepts(text) {
  if (text.length > dataLimits.maxBytes) return false;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  return data?.version === 1 && validate(DATA_SPEC, data).length === 0;
}

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
      assert.equal(runtimeAccepts(text), true, validate(DATA_SPEC, JSON.parse(text)).join('\n'));
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

  it('reports a file that is not JSON', () => {
    const { code, out } = run('broken', BROKEN['not-json'].body);
    assert.equal(code, 1);
    assert.match(out, /\$: not JSON/);
  });
});
