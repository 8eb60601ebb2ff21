// The build's CSS minifier must never change what the CSS means: the browser tests run the
// sources, so this is where its output is checked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../scripts/minify-css-literals.mjs';

describe('minifyCss', () => {
  it('folds white space and drops comments', () => {
    assert.equal(minifyCss(':host {\n  display: block; /* why */\n  margin: 0 1em;\n}\n'), ':host{display:block;margin:0 1em}');
  });

  it('keeps the spaces inside quoted strings (separators, print link addresses)', () => {
    assert.equal(minifyCss(".inline li::after { content: ', '; }"), ".inline li::after{content:', '}");
    assert.equal(minifyCss(`a::after { content: " (" attr(href) ")"; }`), `a::after{content:" (" attr(href) ")"}`);
  });

  it('keeps descendant combinators and the spaces calc() needs', () => {
    assert.equal(minifyCss('.grid [part~="item"] { width: calc(100% - 1em); }'), '.grid [part~="item"]{width:calc(100% - 1em)}');
  });

  it('keeps template interpolations', () => {
    assert.equal(minifyCss(':host([theme="dark"]) {\n  ${darkTokens}\n}'), ':host([theme="dark"]){${darkTokens}}');
  });
});
