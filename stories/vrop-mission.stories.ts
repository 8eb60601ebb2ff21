import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/mission/vrop-mission.js';

interface MissionArgs {
  sections: string;
  'heading-level': number;
  'more-href'?: string;
  lang?: string;
  theme?: string;
}

const meta: Meta<MissionArgs> = {
  title: 'Widgets/vrop-mission',
  component: 'vrop-mission',
  args: { sections: 'mission', 'heading-level': 2 },
  argTypes: {
    sections: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  // Without an explicit arg, lang comes from the page wrapper and theme from the toolbar.
  render: (args, { globals }) => html`
    <vrop-mission
      sections=${args.sections}
      heading-level=${args['heading-level']}
      more-href=${ifDefined(args['more-href'])}
      lang=${ifDefined(args.lang)}
      theme=${args.theme ?? globals.theme ?? 'light'}
    ></vrop-mission>
  `,
};
export default meta;

type Story = StoryObj<MissionArgs>;

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
  render: (args, { globals }) => {
    const theme = args.theme ?? globals.theme ?? 'light';
    const maroon = theme === 'dark' ? '#f4b6c2' : '#7a1f2b';
    return html`
      <vrop-mission
        sections=${args.sections}
        theme=${theme}
        style=${styleMap({
          '--vrop-color-accent': maroon,
          '--vrop-heading-color': maroon,
          '--vrop-font-family': 'Verdana, sans-serif',
        })}
        more-href="https://valleyrop.net/"
      ></vrop-mission>
    `;
  },
};

/** A data file that cannot be used (not JSON): the built-in text stays, the console says why. */
export const DataFileFailure: Story = {
  name: 'Data file that fails (built-in text stays)',
  render: (args, { globals }) => html`
    <vrop-mission
      src="./data/vrop-data.broken.json"
      sections=${args.sections}
      theme=${args.theme ?? globals.theme ?? 'light'}
      @vrop-data-error=${(event: CustomEvent<{ reason: string }>) => console.warn('vrop-data-error', event.detail.reason)}
    ></vrop-mission>
  `,
};
