import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

// Language, theme and the host page's font come from the toolbar; the wrapper's `lang` and font
// reach every widget the way a district page's would, and its colours match the theme so dark
// stories look as they would on a dark page.
const withPageContext: Decorator = (story, { globals }) => html`<div
  lang=${globals.lang ?? 'en'}
  class="sb-page sb-page--${globals.theme === 'dark' ? 'dark' : 'light'} sb-font--${globals.font ?? 'serif'}"
>
  ${story()}
</div>`;

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
    font: {
      description: 'The host page’s font, which the widgets inherit',
      toolbar: {
        title: 'Host font',
        icon: 'paragraph',
        items: [
          { value: 'serif', title: 'Serif page' },
          { value: 'sans', title: 'Sans-serif page' },
          { value: 'default', title: 'Browser default' },
        ],
        dynamicTitle: true,
      },
    },
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
