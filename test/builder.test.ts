import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_DATA } from '../src/shared/data/defaults.js';
import { contrast } from './helpers.js';

const headings = (el: Element | null | undefined) =>
  [...(el?.shadowRoot?.querySelectorAll('.heading') ?? [])].map((h) => `${h.localName}:${h.textContent}`);

async function sha384(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Opens dist/builder.html, as a developer's `npm start` serves it, and returns a way to drive it. */
async function openBuilder() {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/dist/builder.html" title="builder" width="1200" height="900"></iframe>`);
  await waitUntil(() => frame.contentDocument?.querySelector<HTMLTextAreaElement>('#snippet')?.value.includes('<vrop-'), 'no snippet', { timeout: 4000 });
  const doc = frame.contentDocument!;
  const form = doc.querySelector<HTMLFormElement>('#choices')!;
  const choose = (selector: string, change: (field: HTMLInputElement & HTMLSelectElement) => void) => {
    const field = form.querySelector<HTMLInputElement & HTMLSelectElement>(selector)!;
    change(field);
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const code = () => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
  /** Waits until the code shows `text`: it is written once the release's hashes are read. */
  const codeShows = (text: string) => waitUntil(() => code().includes(text), `the code never showed ${text}`);
  const copyDisabled = () => [...doc.querySelectorAll<HTMLButtonElement>('[data-copy]')].map((button) => button.disabled);
  return { doc, choose, code, codeShows, copyDisabled };
}

describe('the embed code builder (dist/builder.html)', () => {
  it('opened from a developer’s machine, asks for the real address before it offers to copy', async () => {
    const { doc, choose, code, codeShows, copyDisabled } = await openBuilder();
    const note = doc.querySelector('#base-note')!;
    expect(doc.querySelector<HTMLInputElement>('[name="base"]')!.value).to.equal('');
    expect(note.textContent).to.contain(`This builder runs from ${location.host}, not from a published release folder`);
    expect(copyDisabled()).to.deep.equal([true, true]);
    expect(doc.querySelector<HTMLElement>('#copy-blocked')!.hidden).to.equal(false);
    expect(code()).to.contain('src="https://ADDRESS-OF-THE-RELEASE-FOLDER/0.1.0/vrop-widgets.js"');

    choose('[name="base"]', (f) => (f.value = `${location.origin}/dist/`));
    expect(note.textContent).to.contain(`${location.host} is this computer or its local network: code with this address works only here`);
    expect(copyDisabled()).to.deep.equal([true, true]);

    choose('[name="base"]', (f) => (f.value = 'http://widgets.example.org/vrop-widgets'));
    expect(note.textContent).to.contain('browsers refuse an http script on them: use the https address');
    expect(copyDisabled()).to.deep.equal([true, true]);

    choose('[name="base"]', (f) => (f.value = 'https://widgets.example.org/vrop-widgets'));
    await codeShows('widgets.example.org');
    expect(copyDisabled()).to.deep.equal([false, false]);
    expect(doc.querySelector<HTMLElement>('#copy-blocked')!.hidden).to.equal(true);
  });

  it('offers the pinned module with integrity, the channel without, and the classic script', async () => {
    const { choose, code, codeShows } = await openBuilder();
    choose('[name="base"]', (f) => (f.value = 'https://widgets.example.org/vrop-widgets/'));
    await codeShows('widgets.example.org');
    const root = 'https://widgets.example.org/vrop-widgets/';
    expect(code()).to.contain(
      `<script type="module" src="${root}0.1.0/vrop-widgets.js"\n        integrity="${await sha384('/dist/vrop-widgets.js')}" crossorigin="anonymous"></script>`,
    );
    expect(code()).to.contain(`<vrop-mission src="${root}data/vrop-data.json">`);
    // The widget's own code is fetched with the script, and checked against the release too.
    const { widgets } = await (await fetch('/dist/integrity.json')).json();
    const [missionFile] = widgets['vrop-mission'];
    expect(code()).to.contain(
      `</script>\n<link rel="modulepreload" href="${root}0.1.0/${missionFile}"\n        integrity="${await sha384(`/dist/${missionFile}`)}" crossorigin="anonymous">\n<vrop-mission`,
    );

    choose('[name="release"][value="channel"]', (f) => (f.checked = true));
    await codeShows(`<script type="module" src="${root}0.1/vrop-widgets.js"></script>`);
    expect(code()).not.to.contain('integrity');
    expect(code(), 'the channel’s file names change with each release').not.to.contain('modulepreload');

    choose('[name="script"][value="classic"]', (f) => (f.checked = true));
    await codeShows(`<script src="${root}0.1/vrop-widgets.iife.js" defer></script>`);

    choose('[name="release"][value="pinned"]', (f) => (f.checked = true));
    await codeShows('0.1.0/vrop-widgets.iife.js');
    expect(code()).to.contain(`integrity="${await sha384('/dist/vrop-widgets.iife.js')}" crossorigin="anonymous" defer></script>`);

    choose('[name="live-data"]', (f) => (f.checked = false));
    await codeShows('<vrop-mission>');
  });

  it('turns choices into attributes that the preview shows, escaped in the code', async () => {
    const { doc, choose, code, codeShows } = await openBuilder();
    choose('[name="base"]', (f) => (f.value = 'https://widgets.example.org/vrop-widgets/'));
    choose('[name="live-data"]', (f) => (f.checked = false));
    choose('[name="sections"][value="mission"]', (f) => (f.checked = false));
    choose('[name="sections"][value="history"]', (f) => (f.checked = true));
    choose('[name="sections"][value="overview"]', (f) => (f.checked = true));
    choose('[name="lang"]', (f) => (f.value = 'es'));
    choose('[name="heading-level"]', (f) => (f.value = '3'));
    choose('[name="more-href"]', (f) => (f.value = 'https://valleyrop.net/about-rop/overview/?a=1&b="2"'));
    await codeShows('heading-level');

    expect(code()).to.contain(
      '<vrop-mission sections="history overview" more-href="https://valleyrop.net/about-rop/overview/?a=1&amp;b=&quot;2&quot;" lang="es" heading-level="3">',
    );
    expect(code()).to.contain('<a href="https://valleyrop.net/about-rop/overview/">Acerca de Valley ROP</a>');
    expect(headings(doc.querySelector('#preview vrop-mission'))).to.deep.equal(['h3:La historia de los ROP', 'h3:Panorama de Valley ROP']);

    choose('[name="markup"][value="plain"]', (f) => (f.checked = true));
    await codeShows('data-vrop=');
    expect(code()).to.match(/^<!-- Once for the whole site, where an administrator adds scripts .* -->\n<script type="module" /);
    expect(code()).to.contain(
      '<!-- In the page, where editors paste: -->\n<div data-vrop="mission" data-vrop-sections="history overview" data-vrop-more-href="https://valleyrop.net/about-rop/overview/?a=1&amp;b=&quot;2&quot;" data-vrop-lang="es" data-vrop-heading-level="3">\n  <a href="https://valleyrop.net/about-rop/overview/">Acerca de Valley ROP</a>\n</div>',
    );

    const iframeCode = doc.querySelector<HTMLTextAreaElement>('#iframe-snippet')!.value;
    expect(iframeCode).to.contain('https://widgets.example.org/vrop-widgets/0.1.0/embed.html?widget=mission&amp;sections=history+overview');
  });

  it('offers every section, district and figure of the built-in data, and writes a list only when it differs from the widget’s default', async () => {
    const { doc, choose, code, codeShows } = await openBuilder();
    const offered = (selector: string) =>
      [...doc.querySelectorAll<HTMLInputElement>(selector)].map((input) => [input.value, (input.labels?.[0] ?? input).textContent!.trim(), input.checked]);
    const { mission, districts, figures } = DEFAULT_DATA;
    expect(offered('[name="sections"]')).to.deep.equal(Object.entries(mission).map(([key, { title }]) => [key, title.en, key === 'mission']));
    expect(offered('[name="items"]')).to.deep.equal(figures.items.map(({ id, label }) => [id, label.en, true]));
    const options = [...doc.querySelectorAll<HTMLOptionElement>('[name="current"] option')].map(({ value, text }) => [value, text]);
    expect(options).to.deep.equal([['', '(none)'], ...districts.map(({ id, name }) => [id, name])]);

    choose('[name="live-data"]', (f) => (f.checked = false));
    choose('[name="widget"]', (f) => (f.value = 'stats'));
    await codeShows('<vrop-stats>');
    choose('[name="items"][value="budget"]', (f) => (f.checked = false));
    const rest = figures.items.map(({ id }) => id).filter((id) => id !== 'budget');
    await codeShows(`<vrop-stats items="${rest.join(' ')}">`);
    choose('[name="items"][value="budget"]', (f) => (f.checked = true));
    await codeShows('<vrop-stats>');
    choose('[name="widget"]', (f) => (f.value = 'district-list'));
    choose('[name="current"]', (f) => (f.value = districts.at(-1)!.id));
    await codeShows(`<vrop-district-list current="${districts.at(-1)!.id}">`);
    expect(code()).not.to.contain('sections=');
  });

  it('writes the widget’s markup into the code, its final figures and the release’s style sheet, unless told not to', async () => {
    const { doc, choose, code, codeShows } = await openBuilder();
    const root = 'https://widgets.example.org/vrop-widgets/';
    choose('[name="base"]', (f) => (f.value = root));
    choose('[name="live-data"]', (f) => (f.checked = false));
    choose('[name="widget"]', (f) => (f.value = 'stats'));
    choose('[name="lang"]', (f) => (f.value = 'es'));
    // Its look from the release's style sheet by default (every site's policy allows it), with its hash when pinned.
    await codeShows(
      `<vrop-stats lang="es">\n<template shadowrootmode="open"><link rel="stylesheet" href="${root}0.1.0/vrop-stats.css" crossorigin="anonymous" integrity="${await sha384('/dist/vrop-stats.css')}"><slot class="vrop-fallback"></slot><div class="vrop-prerendered" hidden>`,
    );
    // The preview may still be counting up; the code holds the values a visitor ends on, with no
    // counting copy beside them.
    expect(code()).not.to.contain('aria-hidden');
    expect(code()).to.contain('Valley ROP en cifras');
    expect(code()).not.to.contain('<!--');
    expect(code()).to.match(/<\/template>\n {2}<a href="[^"]+">Valley ROP en cifras<\/a>\n<\/vrop-stats>$/);
    choose('[name="release"][value="channel"]', (f) => (f.checked = true));
    await codeShows(`<link rel="stylesheet" href="${root}0.1/vrop-stats.css"><slot`);

    // Or inline, shown styled at once in every engine.
    choose('[name="prerender-inline"]', (f) => (f.checked = true));
    await codeShows('<vrop-stats lang="es">\n<template shadowrootmode="open"><style>:host{');
    expect(code()).not.to.contain('<link');

    choose('[name="prerender"]', (f) => (f.checked = false));
    await codeShows('<vrop-stats lang="es">\n  <a');
    expect(code()).not.to.contain('<template');
    expect(doc.querySelector<HTMLInputElement>('[name="prerender-inline"]')!.disabled).to.equal(true);

    choose('[name="prerender"]', (f) => (f.checked = true));
    choose('[name="markup"][value="plain"]', (f) => (f.checked = true));
    await codeShows('data-vrop=');
    expect(code()).not.to.contain('<template');
    expect(doc.querySelector<HTMLInputElement>('[name="prerender"]')!.disabled).to.equal(true);
  });

  it('never writes an unreadable colour: a district colour too dark for the dark theme becomes a shade that reads, and says so', async () => {
    const { doc, choose, code, codeShows } = await openBuilder();
    const colours = doc.querySelector<HTMLFieldSetElement>('#colours')!;
    expect(colours.disabled).to.equal(true);
    choose('[name="custom-colours"]', (f) => (f.checked = true));
    expect(colours.disabled).to.equal(false);
    choose('[name="accent-dark"]', (f) => (f.value = '#7a1f2b'));
    choose('[name="theme"]', (f) => (f.value = 'auto'));
    await codeShows('prefers-color-scheme: dark');
    const [light, dark] = [...code().matchAll(/--vrop-color-accent: (#[0-9a-f]{6})/g)].map((m) => m[1]);
    expect(light).to.equal('#7a1f2b');
    for (const surface of ['rgb(21, 32, 43)', 'rgb(30, 45, 59)']) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(dark.slice(i, i + 2), 16));
      expect(contrast(`rgb(${r}, ${g}, ${b})`, surface)).to.be.at.least(4.5);
    }
    expect(doc.querySelector('#colour-note')!.textContent).to.contain(`so the code uses ${dark}`);
    expect(doc.querySelector<HTMLElement>('#iframe-note')!.hidden).to.equal(false);
  });

  it('sizes the iframe to the widget it shows, with the line that fits it exactly, and clears "Copied." on a change', async () => {
    const { doc, choose } = await openBuilder();
    const iframeCode = () => doc.querySelector<HTMLTextAreaElement>('#iframe-snippet')!.value;
    const height = () => Number(/height="(\d+)"/.exec(iframeCode())![1]);
    await waitUntil(() => /height="\d+"/.test(iframeCode()));
    const mission = height();
    choose('[name="widget"]', (f) => (f.value = 'district-list'));
    choose('[name="layout"]', (f) => (f.value = 'grid'));
    await waitUntil(() => height() !== mission, 'the height never changed');
    expect(mission).to.be.below(600);
    expect(height()).to.be.above(mission);
    expect(iframeCode()).to.contain("if (e.data?.type === 'vrop-embed-height')");
    doc.querySelector('#copied')!.textContent = 'Copied. Paste it into your site’s HTML block.';
    choose('[name="details"]', (f) => (f.checked = true));
    expect(doc.querySelector('#copied')!.textContent).to.equal('');
  });
});
