/**
 * The embed code builder: reads the form, shows the widget it describes, and writes the exact
 * snippet to paste (script tag, element, fallback link) and an iframe. It is part of every
 * release folder: served from there it knows its own address; served from a developer's machine
 * it asks for the real one before it offers to copy.
 */
import { checkHost } from './check-host.js';
import { addressProblem, asFolder, type ReleaseFiles } from './release-address.js';

const form = document.getElementById('choices') as HTMLFormElement;
const field = <T extends Element = HTMLInputElement>(name: string) => form.elements.namedItem(name) as unknown as T;
const choice = (name: string) => (form.elements.namedItem(name) as RadioNodeList).value;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const preview = byId('preview');
const snippet = byId<HTMLTextAreaElement>('snippet');
const iframeSnippet = byId<HTMLTextAreaElement>('iframe-snippet');
const baseNote = byId('base-note');
const hostCheck = byId('host-check');
const copyButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-copy]')];

const FALLBACK: Record<string, { href: string; en: string; es: string }> = {
  mission: { href: 'https://valleyrop.net/about-rop/overview/', en: 'About Valley ROP', es: 'Acerca de Valley ROP' },
  'district-list': { href: 'https://valleyrop.net/', en: 'Valley ROP’s partner districts', es: 'Distritos asociados de Valley ROP' },
  stats: { href: 'https://valleyrop.net/about-rop/overview/', en: 'Valley ROP at a glance', es: 'Valley ROP en cifras' },
  contact: { href: 'https://valleyrop.net/', en: 'Contact Valley ROP', es: 'Contacte a Valley ROP' },
};
const NOT_ATTRIBUTES = ['widget', 'base', 'release', 'script', 'markup', 'live-data', 'custom-colours', 'accent', 'heading'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The release this page belongs to: its own folder's list of files and hashes. */
const release: Promise<ReleaseFiles> = fetch(new URL('integrity.json', location.href)).then((r) => r.json());

/** Served from a release folder (`<root>/<version>/builder.html`), it knows its root. */
const ownRoot: Promise<string> = release.then((files) => (files.published ? new URL('../', location.href).href : ''));

/** The chosen widget's attributes, in a stable order, leaving out defaults. */
function attributes(widget: string): [string, string][] {
  const scope = [...form.querySelectorAll<HTMLFieldSetElement>(`fieldset[data-for="${widget}"], fieldset:not([data-for])`)];
  const attrs: [string, string][] = [];
  const multi: Record<string, string[]> = {};
  for (const input of scope.flatMap((fieldset) => [...fieldset.elements] as HTMLInputElement[])) {
    const { name, type } = input;
    if (!name || NOT_ATTRIBUTES.includes(name)) continue;
    if (type === 'checkbox' && ['sections', 'items'].includes(name)) {
      multi[name] ??= [];
      if (input.checked) multi[name].push(input.value);
    } else if (type === 'checkbox') {
      if (input.checked) attrs.push([name, input.value === 'on' ? '' : input.value]);
    } else if (input.value && input.value !== input.dataset.default) {
      attrs.push([name, input.value.trim()]);
    }
  }
  if (multi.sections && multi.sections.join(' ') !== 'mission') attrs.unshift(['sections', multi.sections.join(' ')]);
  const allFigures = form.querySelectorAll('[name="items"]').length;
  if (multi.items && multi.items.length < allFigures) attrs.unshift(['items', multi.items.join(' ')]);
  return attrs;
}

function colours(): Record<string, string> | undefined {
  if (!field('custom-colours').checked) return undefined;
  return { '--vrop-color-accent': field('accent').value, '--vrop-heading-color': field('heading').value };
}

/** The release root the webmaster confirmed, as a folder address, or '' with the reason shown. */
function confirmedRoot(): string {
  const address = field('base').value.trim();
  const problem = address
    ? addressProblem(address)
    : `This builder runs from ${location.host || 'a file'}, not from a published release folder: enter the https address where Valley ROP publishes that folder.`;
  baseNote.textContent = problem || 'District pages will load Valley ROP’s files from this address. Check it once after each upload.';
  baseNote.className = problem ? 'note warning' : 'note';
  for (const button of copyButtons) button.disabled = Boolean(problem);
  byId('copy-blocked').hidden = !problem;
  return problem ? '' : asFolder(address);
}

/** The release folder the code loads from: the pinned version's or the channel's. */
const releaseFolder = (files: ReleaseFiles) => (choice('release') === 'pinned' ? files.version : files.channel);

function scriptTag(root: string, files: ReleaseFiles): string {
  const pinned = choice('release') === 'pinned';
  const file = choice('script') === 'module' ? 'vrop-widgets.js' : 'vrop-widgets.iife.js';
  const src = escape(`${root}${releaseFolder(files)}/${file}`);
  // Integrity only with the pinned path: the channel's file changes with each release.
  const sri = pinned ? `\n        integrity="${files.files[file].integrity}" crossorigin="anonymous"` : '';
  return file === 'vrop-widgets.js' ? `<script type="module" src="${src}"${sri}></script>` : `<script src="${src}"${sri} defer></script>`;
}

async function update(): Promise<void> {
  const widget = field<HTMLSelectElement>('widget').value;
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) fieldset.hidden = fieldset.dataset.for !== widget;
  const tag = `vrop-${widget}`;
  const attrs = attributes(widget);
  const lang = attrs.find(([name]) => name === 'lang')?.[1] === 'es' ? 'es' : 'en';
  const style = colours();

  const element = document.createElement(tag);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  for (const [prop, value] of Object.entries(style ?? {})) element.style.setProperty(prop, value);
  preview.replaceChildren(element);

  // Before an address is confirmed the code still shows, with a visible placeholder for it.
  const root = confirmedRoot() || 'https://ADDRESS-OF-THE-RELEASE-FOLDER/';
  const files = await release;
  if (field('live-data').checked) attrs.push(['src', `${root}data/vrop-data.json`]);
  const attrText = (prefix = '') => attrs.map(([name, value]) => (value === '' ? ` ${prefix}${name}` : ` ${prefix}${name}="${escape(value)}"`)).join('');
  const styleBlock = style
    ? `<style>\n  ${tag} { ${Object.entries(style).map(([p, v]) => `${p}: ${v};`).join(' ')} }\n</style>\n`
    : '';
  const fallback = FALLBACK[widget];
  const link = `  <a href="${fallback.href}">${fallback[lang]}</a>`;
  snippet.value =
    choice('markup') === 'plain'
      ? `<!-- Once for the whole site, where an administrator adds scripts (theme header, site-wide code): -->\n${scriptTag(root, files)}\n${styleBlock}` +
        `<!-- In the page, where editors paste: -->\n<div data-vrop="${widget}"${attrText('data-vrop-')}>\n${link}\n</div>`
      : `${scriptTag(root, files)}\n${styleBlock}<${tag}${attrText()}>\n${link}\n</${tag}>`;
  const query = new URLSearchParams([['widget', widget], ...attrs]);
  iframeSnippet.value =
    `<iframe src="${escape(`${root}${releaseFolder(files)}/embed.html?${query}`)}"\n        title="Valley ROP" style="width: 100%; border: 0" height="600" loading="lazy"></iframe>`;
}

async function check(): Promise<void> {
  // Any address can be checked, a test server's too; only copying waits for a public one.
  let root: string;
  try {
    root = asFolder(field('base').value.trim());
  } catch {
    hostCheck.textContent = 'Enter the address of the release folder first.';
    hostCheck.className = 'warning';
    return;
  }
  hostCheck.textContent = 'Checking…';
  hostCheck.className = '';
  const files = await release;
  const problems = await checkHost(root, releaseFolder(files), files);
  hostCheck.className = problems.length ? 'warning' : 'ready';
  if (!problems.length) {
    hostCheck.textContent = `Ready: district pages can load release ${files.version} and the data file from ${root}`;
    return;
  }
  const list = document.createElement('ul');
  list.append(...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })));
  hostCheck.replaceChildren(`Not ready: district pages would show only the fallback links.`, list);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
byId('check-host').addEventListener('click', check);
for (const button of copyButtons) {
  button.addEventListener('click', async () => {
    const source = byId<HTMLTextAreaElement>(button.dataset.copy ?? '');
    source.select();
    try {
      await navigator.clipboard.writeText(source.value);
    } catch {
      document.execCommand('copy');
    }
    byId('copied').textContent = 'Copied. Paste it into your site’s HTML block.';
  });
}
release.then(({ version, channel }) => {
  byId('pinned-text').textContent = `Release ${version}, fixed`;
  byId('channel-text').textContent = `The newest ${channel}.x release`;
});
ownRoot.then((root) => {
  field('base').value = root;
  update();
});
