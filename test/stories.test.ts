/**
 * Every story is a test: each story of the built Storybook (storybook-static, from
 * `npm run build-storybook`) is opened from a sub-folder, as a static host would serve it, in
 * two page contexts, and must render, throw nothing, log no console error and pass axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
type StoryWindow = Window & { axe: { run: (context: Element) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } };

const index = (await (await fetch('/storybook-static/index.json')).json()) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const CONTEXTS = { 'light, English': 'theme:light;lang:en', 'dark, Spanish': 'theme:dark;lang:es' };

async function openStory(id: string, globals: string): Promise<{ frame: HTMLIFrameElement; errors: string[] }> {
  const errors: string[] = [];
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="story" width="1000" height="800"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/storybook-static/iframe.html?id=${id}&viewMode=story&globals=${globals}`;
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (event) => errors.push(event.message));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.body.classList.contains('sb-show-main') || doc.body.classList.contains('sb-show-errordisplay'),
    `story ${id} never rendered`,
    { timeout: 8000 },
  );
  const widgets = () => [...doc.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('vrop-'));
  await waitUntil(() => widgets().every((el) => el.shadowRoot?.childElementCount), 'widgets never rendered');
  return { frame, errors };
}

async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
  const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await ready;
  const { violations } = await (frame.contentWindow as StoryWindow).axe.run(doc.querySelector('#storybook-root')!);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

describe(`every story (${stories.length}) in the built Storybook`, () => {
  it('has stories for every widget', () => {
    const titles = new Set(stories.map((story) => story.title));
    expect([...titles].length).to.be.at.least(1);
  });

  for (const story of stories) {
    for (const [context, globals] of Object.entries(CONTEXTS)) {
      it(`${story.title} / ${story.name} (${context}) renders, logs no error and passes axe`, async function () {
        this.timeout(15000);
        const { frame, errors } = await openStory(story.id, globals);
        const doc = frame.contentDocument!;
        expect(doc.body.classList.contains('sb-show-errordisplay'), doc.querySelector('#error-message')?.textContent ?? '').to.equal(false);
        expect(doc.querySelector('#storybook-root')!.textContent!.length + doc.querySelectorAll('#storybook-root *').length).to.be.greaterThan(0);
        expect(await axeViolations(frame)).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      });
    }
  }
});
