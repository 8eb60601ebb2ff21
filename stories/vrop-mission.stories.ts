import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/mission/vrop-mission.js';
import { themeOf, widgetAttributes, widgetMeta, type WidgetArgs } from './story-helpers.js';

const meta: Meta<WidgetArgs> = {
  ...widgetMeta('vrop-mission'),
  render: (args, { globals }) => html`<vrop-mission ${widgetAttributes(args, globals)}></vrop-mission>`,
};
export default meta;

type Story = StoryObj<WidgetArgs>;

export const Mission: Story = {};

export const History: Story = { args: { sections: 'history' } };

export const Overview: Story = { args: { sections: 'overview' } };

export const AllSections: Story = {
  args: {
    sections: 'mission history overview',
    'more-href': 'https://valleyrop.net/about-rop/overview/',
  },
};

export const WithLearnMoreLink: Story = {
  args: { 'more-href': 'https://valleyrop.net/about-rop/overview/' },
};

export const Spanish: Story = { args: { lang: 'es', sections: 'mission history overview' } };

export const Dark: Story = { args: { theme: 'dark', sections: 'mission history' } };

export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

/** A district's own colours: the tokens apply in every theme, so each theme gets its own shade. */
export const DistrictColours: Story = {
  args: { 'more-href': 'https://valleyrop.net/' },
  render: (args, { globals }) => {
    const maroon = themeOf(args, globals) === 'dark' ? '#f4b6c2' : '#7a1f2b';
    return html`
      <vrop-mission
        ${widgetAttributes(args, globals)}
        style=${styleMap({
          '--vrop-color-accent': maroon,
          '--vrop-heading-color': maroon,
          '--vrop-font-family': 'Verdana, sans-serif',
        })}
      ></vrop-mission>
    `;
  },
};

/** A data file that cannot be used (not JSON): the built-in text stays, the console says why. */
export const DataFileFailure: Story = {
  name: 'Data file that fails (built-in text stays)',
  args: { src: './data/vrop-data.broken.json' },
  render: (args, { globals }) => html`
    <vrop-mission
      ${widgetAttributes(args, globals)}
      @vrop-data-error=${(event: CustomEvent<{ reason: string }>) => console.warn('vrop-data-error', event.detail.reason)}
    ></vrop-mission>
  `,
};
