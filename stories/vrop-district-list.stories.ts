import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/district-list/vrop-district-list.js';
import { districtChoice, widgetAttributes, widgetMeta, type WidgetArgs } from './story-helpers.js';

const meta: Meta<WidgetArgs> = {
  ...widgetMeta('vrop-district-list', {
    current: districtChoice,
    'link-target': { control: 'select', options: [undefined, '_blank'] },
  }),
  render: (args, { globals }) => html`<vrop-district-list ${widgetAttributes(args, globals)}></vrop-district-list>`,
};
export default meta;

type Story = StoryObj<WidgetArgs>;

export const List: Story = {};
export const ListWithDetails: Story = { args: { details: true, current: 'kings-canyon' } };
export const Grid: Story = { args: { layout: 'grid', current: 'sanger' } };
export const GridWithDetails: Story = { args: { layout: 'grid', details: true, current: 'cutler-orosi' } };
export const Inline: Story = { args: { layout: 'inline', current: 'selma' } };
export const Spanish: Story = { args: { lang: 'es', details: true, current: 'parlier' } };
export const Dark: Story = { args: { theme: 'dark', layout: 'grid', details: true, current: 'dinuba' } };
export const NewTabLinks: Story = { args: { 'link-target': '_blank' } };

// One story per district as the host's own, for the district's webmaster to check.
export const CurrentCutlerOrosi: Story = { args: { current: 'cutler-orosi' } };
export const CurrentDinuba: Story = { args: { current: 'dinuba' } };
export const CurrentKingsCanyon: Story = { args: { current: 'kings-canyon' } };
export const CurrentKingsburg: Story = { args: { current: 'kingsburg' } };
export const CurrentParlier: Story = { args: { current: 'parlier' } };
export const CurrentSanger: Story = { args: { current: 'sanger' } };
export const CurrentSelma: Story = { args: { current: 'selma' } };
