import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { controlsFromManifest } from '../stories/story-helpers.js';

interface Item { name: string; type?: { text: string }; static?: boolean; privacy?: string; attribute?: string; kind?: string }
interface Declaration { tagName?: string; members?: Item[]; attributes?: Item[] }

// Every widget's attributes in one order: its own first, then the four all widgets share.
const SHARED = ['lang', 'theme', 'heading-level', 'src'];

/**
 * The controls tables list what a webmaster writes: each attribute once, typed, in one order for
 * every widget. Properties that mirror an attribute (`formAction` beside `form-action`), statics
 * (`version`) and internals are left out.
 */
function forTables(cem: typeof manifest): typeof manifest {
  const rank = (name: string) => (SHARED.includes(name) ? 100 + SHARED.indexOf(name) : 0);
  return {
    ...cem,
    modules: cem.modules.map((module) => ({
      ...module,
      declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.attribute),
              attributes: [...(declaration.attributes ?? [])]
                .map((a) => ({ ...a, type: a.type ?? { text: 'string' } }))
                .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name)),
            }
          : declaration,
      ),
    })),
  } as typeof manifest;
}

setCustomElementsManifest(forTables(manifest));

// Language, theme and the host page's font come from the toolbar; the wrapper's `lang` and font
// reach every widget the way a district page's would, and its colours match the theme so dark
// stories look as they would on a dark page.
const withPageContext: Decorator = (story, { globals }) => html`<div
  lang=${globals.lang ?? 'en'}
  class="sb-page sb-page--${globals.theme === 'dark' ? 'dark' : 'light'} sb-font--${globals.font ?? 'serif'}"
>
  ${story()}
</div>`;

/** A toolbar switch whose menu shows `choices` (value -> title). */
const toolbar = (title: string, icon: string, description: string, choices: Record<string, string>) => ({
  description,
  toolbar: {
    title,
    icon,
    items: Object.entries(choices).map(([value, label]) => ({ value, title: label })),
    dynamicTitle: true,
  },
});

const preview: Preview = {
  decorators: [withPageContext],
  argTypesEnhancers: [controlsFromManifest],
  globalTypes: {
    lang: toolbar('Language', 'globe', 'Language of the page around the widget', {
      en: 'English',
      es: 'Español',
    }),
    theme: toolbar('Theme', 'mirror', 'The widgets’ theme attribute', {
      light: 'Light',
      dark: 'Dark',
      auto: 'Auto (system)',
    }),
    font: toolbar('Host font', 'paragraph', 'The host page’s font, which the widgets inherit', {
      serif: 'Serif page',
      sans: 'Sans-serif page',
      default: 'Browser default',
    }),
  },
  initialGlobals: { lang: 'en', theme: 'light', font: 'serif' },
  parameters: {
    controls: { expanded: true },
    viewport: {
      options: {
        phone: { name: 'Phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
