/**
 * What the builder offers and leaves out, taken from the widgets the page has loaded rather than
 * written beside them: the lists of sections, districts and figures come from the built-in data
 * (one added there is offered here with no change), each where the page marks it with
 * `data-choices`, and so do the layouts each widget takes; and an attribute is left out of the code when its value is what the widget
 * does without it.
 */
import type { ReactiveElement } from 'lit';
import { CONTACT_LAYOUTS } from '../contact/contact-layouts.js';
import { DISTRICT_LAYOUTS } from '../district-list/district-layouts.js';
import { DEFAULT_DATA } from '../shared/data/defaults.js';
import { STATS_LAYOUTS } from '../stats/stats-layouts.js';

/** Each widget's layouts, as the widget takes them (its default first), in the builder's words. */
const LAYOUTS: Record<string, readonly string[]> = { 'district-list': DISTRICT_LAYOUTS, stats: STATS_LAYOUTS, contact: CONTACT_LAYOUTS };
const LAYOUT_NAMES: Record<string, string> = { list: 'List', grid: 'Grid of cards', inline: 'One line (footer)', row: 'Row', banner: 'Banner', card: 'Card' };

function checkbox(name: string, value: string, text: string, checked: boolean): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(Object.assign(document.createElement('input'), { type: 'checkbox', name, value, defaultChecked: checked }), ` ${text}`);
  return label;
}

/** Fills every `data-choices` place in `form`. */
export function writeChoices(form: HTMLFormElement): void {
  const place = (name: string) => form.querySelector(`[data-choices="${name}"]`) as HTMLElement;
  const { mission, districts, figures } = DEFAULT_DATA;
  // What <vrop-mission> shows without `sections`; every figure shows without `items`.
  const shown = widgetDefault('vrop-mission', 'sections')?.split(' ') ?? [];
  place('sections').append(...Object.entries(mission).map(([key, { title }]) => checkbox('sections', key, title.en, shown.includes(key))));
  place('current').append(...districts.map(({ id, name }) => new Option(name, id)));
  place('items').append(...figures.items.map(({ id, label }) => checkbox('items', id, label.en, true)));
  for (const select of form.querySelectorAll('[data-choices="layout"]')) {
    const widget = select.closest<HTMLElement>('[data-for]')?.dataset.for ?? '';
    select.append(...LAYOUTS[widget].map((layout) => new Option(LAYOUT_NAMES[layout] ?? layout, layout)));
  }
}

/** True for a checkbox of a list: its checked values together make one attribute. */
export const isListed = (input: HTMLInputElement) => input.type === 'checkbox' && Boolean(input.closest('[data-choices]'));

/** What `tag` does without `attribute`, as text: the property's value on a fresh element. */
export function widgetDefault(tag: string, attribute: string): string | undefined {
  const widget = customElements.get(tag) as typeof ReactiveElement | undefined;
  for (const [property, { attribute: name }] of widget?.elementProperties ?? []) {
    // Lit's attribute option: a name, `true` for the property's name lowercased, `false` for none.
    if (name === false || (typeof name === 'string' ? name : String(property).toLowerCase()) !== attribute) continue;
    const value = (document.createElement(tag) as unknown as Record<PropertyKey, unknown>)[property];
    return value === undefined ? undefined : String(value);
  }
  return undefined;
}
