/**
 * The builder's lists of sections, districts and figures, written from the built-in data that
 * the bundle carries: a section, district or figure added there is offered here with no change.
 * Each list goes where the page marks it with `data-choices`; its checkboxes start as the widget
 * starts without the attribute, so `isListed` inputs left that way are the widget's default.
 */
import { DEFAULT_DATA, type VropMission } from '../index.js';

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
  const shown = (document.createElement('vrop-mission') as VropMission).sections.split(' ');
  place('sections').append(...Object.entries(mission).map(([key, { title }]) => checkbox('sections', key, title.en, shown.includes(key))));
  place('current').append(...districts.map(({ id, name }) => new Option(name, id)));
  place('items').append(...figures.items.map(({ id, label }) => checkbox('items', id, label.en, true)));
}

/** True for a checkbox of a list: its checked values together make one attribute. */
export const isListed = (input: HTMLInputElement) => input.type === 'checkbox' && Boolean(input.closest('[data-choices]'));
