// A rollup transform that shrinks the CSS inside our css`` templates: comments out, white space
// folded. Only spaces that CSS never needs go: around { } ; , and after a colon, never inside quotes.
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/** Folds white space outside quoted strings (`content: ', '` keeps its space). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
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
