// Shared by the benchmark pages: time from the page's first script to every widget rendered,
// reported to tachometer as window.tachometerResult (ms).

/** Valley ROP's release on its own origin, as district pages load it (bench/serve.mjs). */
export const releaseOrigin = () => `http://127.0.0.1:${Number(globalThis.location.port) + 1}`;
export const WIDGETS = {
  mission: { sections: 'mission history overview' },
  'district-list': { current: 'sanger', details: '' },
  stats: { 'no-animation': '' },
  contact: { 'form-action': '/nowhere' },
};

/** Marks the start; with DevTools attached (npm run bench:profile) it also starts a CPU profile. */
export function begin() {
  console.profile('render');
  return performance.now();
}

export function report(start) {
  window.tachometerResult = performance.now() - start;
  console.profileEnd('render');
  document.title = 'done';
}

export function addWidgets(prefix, count = 1, only) {
  const elements = [];
  for (const [name, attrs] of Object.entries(WIDGETS)) {
    if (only && only !== name) continue;
    for (let i = 0; i < count; i++) {
      const el = document.createElement(`${prefix}-${name}`);
      for (const [attr, value] of Object.entries(attrs)) el.setAttribute(attr, value);
      elements.push(el);
    }
  }
  document.body.append(...elements);
  return elements;
}
