import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/district-list/vrop-district-list.js';
import { DISTRICTS } from '../src/shared/data/defaults.js';

interface DistrictListArgs {
  current?: string;
  layout: 'list' | 'grid' | 'inline';
  details: boolean;
  'link-target'?: string;
  'heading-level': number;
  lang?: string;
  theme?: string;
}

const meta: Meta<DistrictListArgs> = {
  title: 'Widgets/vrop-district-list',
  component: 'vrop-district-list',
  args: { layout: 'list', details: false, 'heading-level': 2 },
  argTypes: {
    current: { control: 'select', options: [undefined, ...DISTRICTS.map((district) => district.id)] },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'inline'] },
    details: { control: 'boolean' },
    'link-target': { control: 'select', options: [undefined, '_blank'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  // Without an explicit arg, lang comes from the page wrapper and theme from the toolbar.
  render: (args, { globals }) => html`
    <vrop-district-list
      current=${ifDefined(args.current)}
      layout=${args.layout}
      ?details=${args.details}
      link-target=${ifDefined(args['link-target'])}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${args.theme ?? globals.theme ?? 'light'}
    ></vrop-district-list>
  `,
};
export default meta;

type Story = StoryObj<DistrictListArgs>;

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
