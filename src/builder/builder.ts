/**
 * The embed code builder: reads the form, shows the widget it describes, and writes the exact
 * snippet to paste (script tag, element, fallback link) and an iframe. It is part of every
 * release folder: served from there it knows its own address; served from a developer's machine
 * it asks for the real one before it offers to copy.
 */
import { STRINGS as DISTRICT_LIST_STRINGS } from '../district-list/vrop-district-list.strings.js';
import { loadWidget } from '../bundle.js';
import { DEFAULT_DATA } from '../shared/data/defaults.js';
import { adoptedCss, shadowRootTemplate } from '../shared/prerender.js';
import { STRINGS as STATS_STRINGS } from '../stats/vrop-stats.strings.js';
import { checkHost } from './check-host.js';
import { isListed, widgetDefault, writeChoices } from './choices.js';
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

const { website, aboutUrl } = DEFAULT_DATA.organization;
// The fallback link of a widget with a heading of its own says what the heading says.
const FALLBACK: Record<string, { href: string; en: string; es: string }> = {
  mission: { href: aboutUrl, en: 'About Valley ROP', es: 'Acerca de Valley ROP' },
  'district-list': { href: website, ...DISTRICT_LIST_STRINGS.heading },
  stats: { href: aboutUrl, ...STATS_STRINGS.heading },
  contact: { href: website, en: 'Contact Valley ROP', es: 'Contacte a Valley ROP' },
};
const NOT_ATTRIBUTES = ['widget', 'base', 'release', 'script', 'markup', 'prerender', 'prerender-inline', 'live-data', 'custom-colours', 'accent', 'accent-dark'];

/** The README's one line that sizes a frame from the height embed.html posts. */
const RESIZE =
  "<script>addEventListener('message', (e) => { if (e.data?.type === 'vrop-embed-height') for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.height = e.data.height; });</script>";

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The release this page belongs to: its own folder's list of files and hashes. */
const release: Promise<ReleaseFiles> = fetch(new URL('integrity.json', location.href)).then((r) => r.json());

/** Served from a release folder (`<root>/<version>/builder.html`), it knows its root. */
const ownRoot: Promise<string> = release.then((files) => (files.published ? new URL('../', location.href).href : ''));

/** The chosen widget's attributes, in a stable order, leaving out defaults. */
function attributes(widget: string): [string, string][] {
  const scope = [...form.querySelectorAll<HTMLFieldSetElement>(`fieldset[data-for="${widget}"], fieldset:not([data-for])`)];
  const attrs: [string, string][] = [];
  const lists: Record<string, { checked: string[]; atFirst: string[] }> = {};
  for (const input of scope.flatMap((fieldset) => [...fieldset.elements] as HTMLInputElement[])) {
    const { name, type } = input;
    if (!name || NOT_ATTRIBUTES.includes(name)) continue;
    if (isListed(input)) {
      const list = (lists[name] ??= { checked: [], atFirst: [] });
      if (input.checked) list.checked.push(input.value);
      if (input.defaultChecked) list.atFirst.push(input.value);
    } else if (type === 'checkbox') {
      if (input.checked) attrs.push([name, input.value === 'on' ? '' : input.value]);
    } else if (input.value && input.value !== widgetDefault(`vrop-${widget}`, name)) {
      attrs.push([name, input.value.trim()]);
    }
  }
  // A list as the page first offered it is what the widget shows without the attribute.
  for (const [name, { checked, atFirst }] of Object.entries(lists)) {
    if (checked.join(' ') !== atFirst.join(' ')) attrs.unshift([name, checked.join(' ')]);
  }
  return attrs;
}

// The widgets' own backgrounds: each accent must read on the surface and on the tinted surface.
const SURFACES = { light: ['#ffffff', '#eef3f8'], dark: ['#15202b', '#1e2d3b'] };
const ON_ACCENT = ['#ffffff', '#0b1620'];

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG contrast of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const worst = (colour: string, theme: 'light' | 'dark') => Math.min(...SURFACES[theme].map((s) => contrast(colour, s)));

/**
 * The colour as given when it reads (4.5:1 on both of the theme's backgrounds), else the nearest
 * shade that does: mixed towards black for the light theme, towards white for the dark one.
 */
function readable(colour: string, theme: 'light' | 'dark'): string {
  const target = theme === 'light' ? 0 : 255;
  for (let step = 0; step <= 20; step++) {
    const shade = toHex(channels(colour).map((c) => c + ((target - c) * step) / 20));
    if (worst(shade, theme) >= 4.5) return shade;
  }
  return theme === 'light' ? '#000000' : '#ffffff';
}

/** The tokens of one theme for an accent: headings take it too, and the button's text is whichever of white or ink reads best on it. */
function tokens(accent: string): Record<string, string> {
  const onAccent = ON_ACCENT.reduce((best, c) => (contrast(c, accent) > contrast(best, accent) ? c : best));
  return { '--vrop-color-accent': accent, '--vrop-heading-color': accent, '--vrop-color-on-accent': onAccent };
}

/** The district's colours per theme, each made readable; undefined when the option is off. */
function colours(): { light: Record<string, string>; dark: Record<string, string> } | undefined {
  const on = field('custom-colours').checked;
  byId<HTMLFieldSetElement>('colours').disabled = !on;
  byId('iframe-note').hidden = !on;
  const note = byId('colour-note');
  if (!on) {
    note.textContent = '';
    return undefined;
  }
  const notes: string[] = [];
  const pick = (name: string, theme: 'light' | 'dark') => {
    const chosen = field(name).value;
    const used = readable(chosen, theme);
    if (used !== chosen) notes.push(`${chosen} has only ${worst(chosen, theme).toFixed(1)}:1 on the ${theme} background, so the code uses ${used} (${worst(used, theme).toFixed(1)}:1).`);
    return used;
  };
  const light = tokens(pick('accent', 'light'));
  const dark = tokens(pick('accent-dark', 'dark'));
  note.textContent = notes.length ? notes.join(' ') : 'Both colours read well: 4.5:1 or more on their backgrounds.';
  return { light, dark };
}

/** The CSS to paste for the chosen theme: one rule, or the light rule and the dark one under `auto`. */
function colourCss(tag: string, theme: string, set: { light: Record<string, string>; dark: Record<string, string> }): string {
  const rule = (values: Record<string, string>, indent = '  ') =>
    `${indent}${tag} { ${Object.entries(values).map(([p, v]) => `${p}: ${v};`).join(' ')} }`;
  if (theme === 'dark') return rule(set.dark);
  if (theme === 'auto') return `${rule(set.light)}\n  @media (prefers-color-scheme: dark) {\n${rule(set.dark, '    ')}\n  }`;
  return rule(set.light);
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

function scriptTag(root: string, files: ReleaseFiles, widget?: string): string {
  const pinned = choice('release') === 'pinned';
  const file = choice('script') === 'module' ? 'vrop-widgets.js' : 'vrop-widgets.iife.js';
  const address = (name: string) => escape(`${root}${releaseFolder(files)}/${name}`);
  // Integrity only with the pinned path: the channel's file changes with each release.
  const sri = (name: string) => (pinned ? `\n        integrity="${files.files[name].integrity}" crossorigin="anonymous"` : '');
  if (file !== 'vrop-widgets.js') return `<script src="${address(file)}"${sri(file)} defer></script>`;
  // The widget's own files, fetched with the script rather than once it has run: one round trip
  // less. Pinned only: their names change with each release, and the channel's script follows.
  const hints = (pinned && widget ? (files.widgets?.[`vrop-${widget}`] ?? []) : []).map((name) => `\n<link rel="modulepreload" href="${address(name)}"${sri(name)}>`);
  return `<script type="module" src="${address(file)}"${sri(file)}></script>${hints.join('')}`;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * The element's markup as a declarative shadow root, its styles linked from the release (which
 * every site's security policy allows) or, when asked, inline; made from a twin of the preview
 * that shows its figures' final values (the preview may be counting up).
 */
async function prerendered(element: Widget, root: string, files: ReleaseFiles): Promise<string> {
  const twin = element.cloneNode() as Widget;
  twin.setAttribute('no-animation', '');
  byId('prerender-twin').replaceChildren(twin);
  await twin.updateComplete;
  const sheet = `${element.localName}.css`;
  const integrity = choice('release') === 'pinned' ? files.files[sheet]?.integrity : undefined;
  const linked = { href: `${root}${releaseFolder(files)}/${sheet}`, integrity };
  const template = shadowRootTemplate(twin, field('prerender-inline').checked ? { css: adoptedCss(twin) } : linked);
  twin.remove();
  return `\n${template}`;
}

async function update(): Promise<void> {
  const widget = field<HTMLSelectElement>('widget').value;
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) fieldset.hidden = fieldset.dataset.for !== widget;
  const tag = `vrop-${widget}`;
  const attrs = attributes(widget);
  const lang = attrs.find(([name]) => name === 'lang')?.[1] === 'es' ? 'es' : 'en';
  const set = colours();
  const theme = attrs.find(([name]) => name === 'theme')?.[1] ?? 'light';
  byId('copied').textContent = '';

  const element = document.createElement(tag);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  for (const [prop, value] of Object.entries(set ? set[dark ? 'dark' : 'light'] : {})) element.style.setProperty(prop, value);
  preview.classList.toggle('dark', dark);
  preview.replaceChildren(element);

  // Before an address is confirmed the code still shows, with a visible placeholder for it.
  const root = confirmedRoot() || 'https://ADDRESS-OF-THE-RELEASE-FOLDER/';
  const files = await release;
  if (field('live-data').checked) attrs.push(['src', `${root}data/vrop-data.json`]);
  const attrText = (prefix = '') => attrs.map(([name, value]) => (value === '' ? ` ${prefix}${name}` : ` ${prefix}${name}="${escape(value)}"`)).join('');
  const styleBlock = set ? `<style>\n${colourCss(tag, theme, set)}\n</style>\n` : '';
  const fallback = FALLBACK[widget];
  const link = `  <a href="${fallback.href}">${fallback[lang]}</a>`;
  const asElement = choice('markup') === 'element';
  field('prerender').disabled = !asElement;
  field('prerender-inline').disabled = !asElement || !field('prerender').checked;
  const markup = asElement && field('prerender').checked ? await prerendered(element as Widget, root, files) : '';
  snippet.value =
    !asElement
      ? `<!-- Once for the whole site, where an administrator adds scripts (theme header, site-wide code): -->\n${scriptTag(root, files)}\n${styleBlock}` +
        `<!-- In the page, where editors paste: -->\n<div data-vrop="${widget}"${attrText('data-vrop-')}>\n${link}\n</div>`
      : `${scriptTag(root, files, widget)}\n${styleBlock}<${tag}${attrText()}>${markup}\n${link}\n</${tag}>`;
  const query = new URLSearchParams([['widget', widget], ...attrs]);
  // The frame's first height is the preview's, rounded up; the line of script (where a host
  // allows one) then fits it to its content at any width.
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const height = Math.max(200, Math.ceil((element.getBoundingClientRect().height + 40) / 50) * 50);
  iframeSnippet.value =
    `<iframe src="${escape(`${root}${releaseFolder(files)}/embed.html?${query}`)}"\n        title="Valley ROP" style="width: 100%; border: 0" height="${height}" loading="lazy"></iframe>\n` +
    `<!-- If your site allows a script, this line makes the frame exactly as tall as the widget: -->\n${RESIZE}`;
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
// The choices start at each widget's defaults, and the code leaves out what equals them, read
// from the widgets' classes: every widget's code is loaded first.
const widgets = [...field<HTMLSelectElement>('widget').options].map((option) => loadWidget(`vrop-${option.value}`));
Promise.all([ownRoot, ...widgets]).then(([root]) => {
  writeChoices(form);
  field('base').value = root as string;
  update();
});
