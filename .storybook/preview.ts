import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

// Language and theme come from the toolbar; the wrapper's `lang` reaches every widget the way
// a district page's would, and its colours match the theme so dark stories look as on a page.
const withPageContext: Decorator = (story, { globals }) => {
  const dark = globals.theme === 'dark';
  return html`<div
    lang=${globals.lang ?? 'en'}
    class=${dark ? 'sb-page sb-page--dark' : 'sb-page'}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withPageContext],
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The widgets’ theme attribute',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
