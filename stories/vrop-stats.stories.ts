import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/stats/vrop-stats.js';
import { themeOf, widgetAttributes, widgetMeta, type WidgetArgs } from './story-helpers.js';

const meta: Meta<WidgetArgs> = {
  ...widgetMeta('vrop-stats'),
  render: (args, { globals }) => html`<vrop-stats ${widgetAttributes(args, globals)}></vrop-stats>`,
};
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Every figure; counts up once when it scrolls into view. */
export const AllFigures: Story = {};

export const ChosenFigures: Story = { args: { items: 'students budget dual-enrollment-students' } };

export const Grid: Story = { args: { layout: 'grid' } };

export const Narrow: Story = {
  render: (args, { globals }) => html`<div style="max-width: 320px"><vrop-stats ${widgetAttributes(args, globals)}></vrop-stats></div>`,
};

export const NoAnimation: Story = { args: { 'no-animation': true } };

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = { args: { theme: 'dark', layout: 'grid' } };

/** A district's own colours: the tokens apply in every theme, so each theme gets its own shade. */
export const DistrictColours: Story = {
  args: { items: 'established districts students' },
  render: (args, { globals }) => html`
    <vrop-stats
      ${widgetAttributes(args, globals)}
      style=${styleMap({
        '--vrop-stats-accent': themeOf(args, globals) === 'dark' ? '#f4b6c2' : '#7a1f2b',
        '--vrop-stats-value-size': '2.25em',
        '--vrop-font-family': 'Verdana, sans-serif',
      })}
    ></vrop-stats>
  `,
};

/**
 * Valley ROP's staff publish newer figures in a data file; every page that names it shows them.
 * (Example figures from the 2021 press, not the organisation's own statement.) The final values
 * show at once.
 */
export const UpdatedDataFile: Story = { args: { src: './data/vrop-data.example-2021.json', 'no-animation': true } };

/** A data file that cannot be used: the built-in 2018-19 figures stay, the console says why. */
export const DataFileFailure: Story = { args: { src: './data/vrop-data.broken.json', 'no-animation': true } };
