// A rollup transform that shrinks the CSS inside our css`` templates: comments out, white space
// folded. Only spaces that CSS never needs go: around { } ; , and after a colon.
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
