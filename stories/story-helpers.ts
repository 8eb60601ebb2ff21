/**
 * What every widget's stories share, read from the manifest (custom-elements.json) rather than
 * written out per widget: the attributes a story may set, their defaults and their controls. An
 * attribute a widget gains shows up in its stories' controls with no change here. Storybook's
 * own reading of the manifest (setCustomElementsManifest, in .storybook/preview.ts) gives the
 * argTypes; this adds what it leaves to each project: args as attributes, defaults, controls by type.
 */
import type { ArgTypes, Meta, Preview } from '@storybook/web-components-vite';
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import manifest from '../custom-elements.json';
import { DISTRICTS } from '../src/shared/data/defaults.js';
import { LANGS } from '../src/shared/locale.js';

/** A story's args: one per attribute, by the attribute's name. */
export type WidgetArgs = Record<string, string | number | boolean | undefined>;

interface Attribute {
  name: string;
  type?: { text: string };
  default?: string;
}

/** The attributes the manifest documents for `tag`. */
function attributesOf(tag: string): Attribute[] {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as { tagName?: string; attributes?: Attribute[] }[]);
  return declarations.find((declaration) => declaration.tagName === tag)?.attributes ?? [];
}

/** The value a manifest `default` (`'banner'`, `2`, `false`) stands for; undefined for none. */
function literal(text: string | undefined): string | number | boolean | undefined {
  if (text === undefined || text === 'undefined') return undefined;
  if (/^'.*'$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  return Number.isFinite(Number(text)) ? Number(text) : undefined;
}

/** The theme a story shows: its own `theme` arg, else the toolbar's. */
export const themeOf = (args: WidgetArgs, globals: Record<string, unknown>): string =>
  String(args.theme ?? globals.theme ?? 'light');

/**
 * Sets the element's attributes from the story's args, as a webmaster would write them: a string
 * or number as it is, `true` as a bare attribute, `false` or no value not at all; only the
 * attributes the manifest lists for the element, so actions and other args stay out. The
 * theme falls back to the toolbar's; `lang` left unset comes from the page wrapper.
 */
class WidgetAttributes extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('widgetAttributes() belongs on the element: <vrop-x ${widgetAttributes(…)}>');
  }

  // Declares the directive's arguments for update(), which does the work on the element.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_args: WidgetArgs, _globals: Record<string, unknown>) {
    return noChange;
  }

  override update(part: ElementPart, [args, globals]: Parameters<this['render']>) {
    const element = part.element;
    for (const { name } of attributesOf(element.localName)) {
      const value = name === 'theme' ? themeOf(args, globals) : args[name];
      if (value === undefined || value === false) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    return noChange;
  }
}
export const widgetAttributes = directive(WidgetAttributes);

/** A select of the built-in districts' ids (a data file may add others). */
export const districtChoice = { control: 'select', options: [undefined, ...DISTRICTS.map((district) => district.id)] } as const;

/**
 * The meta every widget's stories start from (their title comes from the file's name, in
 * .storybook/main.ts, where Storybook's indexer reads it): the manifest's defaults as args
 * (except `theme` and `lang`, which the toolbar and the page wrapper give unless a story sets
 * them) and the controls of the attributes all widgets share.
 */
export function widgetMeta(tag: string, argTypes: ArgTypes<WidgetArgs> = {}): Meta<WidgetArgs> {
  const args: WidgetArgs = {};
  for (const attribute of attributesOf(tag)) {
    const value = literal(attribute.default);
    if (value !== undefined && attribute.name !== 'theme' && attribute.name !== 'lang') args[attribute.name] = value;
  }
  return {
    component: tag,
    args,
    argTypes: {
      'heading-level': { control: { type: 'number', min: 1, max: 6 } },
      lang: { control: 'inline-radio', options: [...LANGS] },
      ...argTypes,
    },
  };
}

/** The string values of a union type such as `'banner' | 'card' | undefined`; none for other types. */
function choices(type: string): string[] | undefined {
  if (!/^('[^']*'|undefined)( \| ('[^']*'|undefined))*$/.test(type)) return undefined;
  return [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
}

/**
 * Controls by type for attributes: a radio for a union of strings, else a checkbox, a number or
 * text; none for events, CSS properties, parts and slots (they are documented, not set).
 */
export const controlsFromManifest: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category && category !== 'attributes' && category !== 'properties') return [name, { ...argType, control: false }];
      if (argType.control !== undefined) return [name, argType];
      const type = String(argType.table?.type?.summary ?? 'string');
      const options = choices(type);
      if (options?.length) return [name, { ...argType, control: 'inline-radio', options }];
      const control = type.includes('boolean') ? 'boolean' : /^number/.test(type) ? 'number' : 'text';
      return [name, { ...argType, control: { type: control } }];
    }),
  );
