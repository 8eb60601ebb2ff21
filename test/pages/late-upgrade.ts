// Elements made before the bundle loads: one parsed from the page, one created by script with
// properties set before its upgrade, one created early but attached long after the definitions.
type Mission = HTMLElement & { sections: string; headingLevel: number; updateComplete: Promise<unknown> };

const early = document.createElement('vrop-mission') as Mission;
early.id = 'created-early';
early.sections = 'overview';
early.headingLevel = 4;
document.body.append(early);

const detached = document.createElement('vrop-mission') as Mission;
detached.id = 'attached-late';
detached.sections = 'mission history';

const beforeUpgrade = {
  parsedFallbackShown: document.querySelector('#parsed a')!.getClientRects().length > 0,
  parsedDisplay: getComputedStyle(document.querySelector('#parsed')!).display,
  parsedHeight: document.querySelector('#parsed')!.getBoundingClientRect().height,
};

await import('/dist/vrop-widgets.js' as string);
// The bundle loads <vrop-mission>'s code once it sees one on the page.
await customElements.whenDefined('vrop-mission');
await new Promise((resolve) => setTimeout(resolve, 300));
document.body.append(detached);
await Promise.all([...document.querySelectorAll<Mission>('vrop-mission')].map((el) => el.updateComplete));
Object.assign(window, { beforeUpgrade });
document.body.dataset.done = 'true';

export {};
