/**
 * The data file's shape, written once: the runtime validator walks it, and the build turns it
 * into the published JSON Schema (json-schema.ts), so the two cannot drift apart.
 */
export type Spec =
  | { t: 'text' }
  | { t: 'url' }
  | { t: 'num' }
  | { t: 'bool' }
  | { t: 'id' }
  | { t: 'const'; v: number }
  | { t: 'enum'; v: readonly string[] }
  | { t: 'obj'; p: Record<string, Spec>; o?: readonly string[] }
  | { t: 'arr'; i: Spec; min?: number; unique?: string };

/** Text a visitor reads: non-empty, and never markup (it is shown as typed). */
export const TEXT_PATTERN = /^(?![\s\S]*<[A-Za-z/!?])[\s\S]*\S[\s\S]*$/;
/** Links the widgets may render. */
export const URL_PATTERN = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9][-+0-9 ().]*)$/;
/** Ids as webmasters type them in attributes. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text: Spec = { t: 'text' };
const url: Spec = { t: 'url' };
const num: Spec = { t: 'num' };
const obj = (p: Record<string, Spec>, o?: readonly string[]): Spec => ({ t: 'obj', p, o });
const arr = (i: Spec, min?: number, unique?: string): Spec => ({ t: 'arr', i, min, unique });
const localized = (spec: Spec): Spec => obj({ en: spec, es: spec });
const section = obj({ anchor: { t: 'id' }, title: localized(text), paragraphs: localized(arr(text, 1)) });

export const SECTIONS = ['organization', 'mission', 'districts', 'figures', 'contact'] as const;

export const DATA_SPEC: Spec = obj(
  {
    $schema: text,
    version: { t: 'const', v: 1 },
    organization: obj({ name: text, shortName: text, website: url, aboutUrl: url }),
    mission: obj({ mission: section, history: section, overview: section }),
    districts: arr(
      obj(
        {
          id: { t: 'id' },
          name: text,
          website: url,
          counties: arr(text),
          communities: arr(text),
          highSchools: arr(text),
        },
        ['website'],
      ),
      1,
      'id',
    ),
    figures: obj({
      schoolYear: text,
      items: arr(
        obj(
          {
            id: { t: 'id' },
            value: num,
            format: { t: 'enum', v: ['year', 'count', 'currency'] },
            atLeast: { t: 'bool' },
            label: localized(text),
          },
          ['atLeast'],
        ),
        1,
        'id',
      ),
    }),
    contact: obj(
      {
        heading: localized(text),
        text: localized(text),
        linkLabel: localized(text),
        href: url,
        phone: text,
        email: text,
        address: text,
      },
      ['phone', 'email', 'address'],
    ),
  },
  ['$schema', ...SECTIONS],
);
