import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/stats/vrop-stats.js';

interface StatsArgs {
  items: string;
  layout: string;
  'no-animation': boolean;
  'heading-level': number;
  lang?: string;
  theme?: string;
}

// Without an explicit arg, lang comes from the page wrapper and theme from the toolbar.
const renderStats = (args: StatsArgs, globals: Record<string, unknown>) => html`
  <vrop-stats
    items=${args.items}
    layout=${args.layout}
    ?no-animation=${args['no-animation']}
    heading-level=${args['heading-level']}
    lang=${ifDefined(args.lang)}
    theme=${args.theme ?? (globals.theme as string | undefined) ?? 'light'}
  ></vrop-stats>
`;

const meta: Meta<StatsArgs> = {
  title: 'Widgets/vrop-stats',
  component: 'vrop-stats',
  args: { items: '', layout: 'row', 'no-animation': false, 'heading-level': 2 },
  argTypes: {
    items: { control: 'text' },
    layout: { control: 'inline-radio', options: ['row', 'grid'] },
    'no-animation': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args, { globals }) => renderStats(args, globals),
};
export default meta;

type Story = StoryObj<StatsArgs>;

/** Every figure; counts up once when it scrolls into view. */
export const AllFigures: Story = {};

export const ChosenFigures: Story = { args: { items: 'students budget dual-enrollment-students' } };

export const Grid: Story = { args: { layout: 'grid' } };

export const Narrow: Story = {
  render: (args, { globals }) => html`<div style="max-width: 320px">${renderStats(args, globals)}</div>`,
};

export const NoAnimation: Story = { args: { 'no-animation': true } };

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = { args: { theme: 'dark', layout: 'grid' } };

/** A district's own colours: the tokens apply in every theme, so each theme gets its own shade. */
export const DistrictColours: Story = {
  render: (args, { globals }) => {
    const theme = args.theme ?? (globals.theme as string | undefined) ?? 'light';
    return html`
      <vrop-stats
        theme=${theme}
        style=${styleMap({
          '--vrop-stats-accent': theme === 'dark' ? '#f4b6c2' : '#7a1f2b',
          '--vrop-stats-value-size': '2.25em',
          '--vrop-font-family': 'Verdana, sans-serif',
        })}
        items="established districts students"
      ></vrop-stats>
    `;
  },
};

/** The widget reading the data file at `src`, with the final values at once. */
const withDataFile = (src: string): Story => ({
  render: (args, { globals }) => html`
    <vrop-stats src=${src} no-animation theme=${args.theme ?? (globals.theme as string | undefined) ?? 'light'}></vrop-stats>
  `,
});

/**
 * Valley ROP's staff publish newer figures in a data file; every page that names it shows them.
 * (Example figures from the 2021 press, not the organisation's own statement.)
 */
export const UpdatedDataFile = withDataFile('./data/vrop-data.example-2021.json');

/** A data file that cannot be used: the built-in 2018-19 figures stay, the console says why. */
export const DataFileFailure = withDataFile('./data/vrop-data.broken.json');
