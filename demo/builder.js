// The embed code builder: reads the form, shows the widget it describes, and writes the exact
// snippet to paste (script tag with its integrity hash, element, fallback link) and an iframe.
const form = document.getElementById('choices');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const iframeSnippet = document.getElementById('iframe-snippet');

const FALLBACK = {
  mission: { href: 'https://valleyrop.net/about-rop/overview/', en: 'About Valley ROP', es: 'Acerca de Valley ROP' },
  'district-list': { href: 'https://valleyrop.net/', en: 'Valley ROP’s partner districts', es: 'Distritos asociados de Valley ROP' },
  stats: { href: 'https://valleyrop.net/about-rop/overview/', en: 'Valley ROP at a glance', es: 'Valley ROP en cifras' },
  contact: { href: 'https://valleyrop.net/', en: 'Contact Valley ROP', es: 'Contacte a Valley ROP' },
};

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The release's SRI hash, computed from the very bundle this page loads. */
const integrity = fetch(new URL('../dist/vrop-widgets.js', location.href))
  .then((response) => response.arrayBuffer())
  .then((bytes) => crypto.subtle.digest('SHA-384', bytes))
  .then((digest) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);

form.elements.base.value = new URL('../dist', location.href).href;

/** The chosen widget's attributes, in a stable order, leaving out defaults. */
function attributes(widget) {
  const scope = [...form.querySelectorAll(`fieldset[data-for="${widget}"], fieldset:not([data-for])`)];
  const attrs = [];
  const fields = scope.flatMap((fieldset) => [...fieldset.elements]);
  const multi = {};
  for (const field of fields) {
    const { name, type } = field;
    if (!name || ['widget', 'base', 'custom-colours', 'accent', 'heading'].includes(name)) continue;
    if (type === 'checkbox' && ['sections', 'items'].includes(name)) {
      multi[name] ??= [];
      if (field.checked) multi[name].push(field.value);
    } else if (type === 'checkbox') {
      if (field.checked) attrs.push([name, field.value === 'on' ? '' : field.value]);
    } else if (field.value && field.value !== field.dataset.default) {
      attrs.push([name, field.value.trim()]);
    }
  }
  if (multi.sections && multi.sections.join(' ') !== 'mission') attrs.unshift(['sections', multi.sections.join(' ')]);
  const allFigures = form.querySelectorAll('[name="items"]').length;
  if (multi.items && multi.items.length < allFigures) attrs.unshift(['items', multi.items.join(' ')]);
  return attrs;
}

function colours() {
  if (!form.elements['custom-colours'].checked) return undefined;
  return { '--vrop-color-accent': form.elements.accent.value, '--vrop-heading-color': form.elements.heading.value };
}

async function update() {
  const widget = form.elements.widget.value;
  for (const fieldset of form.querySelectorAll('fieldset[data-for]')) fieldset.hidden = fieldset.dataset.for !== widget;
  const tag = `vrop-${widget}`;
  const attrs = attributes(widget);
  const lang = attrs.find(([name]) => name === 'lang')?.[1] === 'es' ? 'es' : 'en';
  const fallback = FALLBACK[widget];
  const style = colours();

  const element = document.createElement(tag);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  for (const [prop, value] of Object.entries(style ?? {})) element.style.setProperty(prop, value);
  preview.replaceChildren(element);

  const base = form.elements.base.value.replace(/\/+$/, '');
  const attrText = attrs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');
  const styleBlock = style
    ? `<style>\n  ${tag} { ${Object.entries(style).map(([p, v]) => `${p}: ${v};`).join(' ')} }\n</style>\n`
    : '';
  snippet.value =
    `<script type="module" src="${escape(base)}/vrop-widgets.js"\n        integrity="${await integrity}" crossorigin="anonymous"></script>\n` +
    styleBlock +
    `<${tag}${attrText}>\n  <a href="${fallback.href}">${fallback[lang]}</a>\n</${tag}>`;
  const query = new URLSearchParams([['widget', widget], ...attrs]);
  iframeSnippet.value =
    `<iframe src="${escape(`${base}/embed.html?${query}`)}"\n        title="Valley ROP" style="width: 100%; border: 0" height="600" loading="lazy"></iframe>`;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    source.select();
    try {
      await navigator.clipboard.writeText(source.value);
    } catch {
      document.execCommand('copy');
    }
    document.getElementById('copied').textContent = 'Copied. Paste it into your site’s HTML block.';
  });
}
update();
