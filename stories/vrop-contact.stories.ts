import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/contact/vrop-contact.js';
import type { VropContact } from '../src/contact/vrop-contact.js';
import { districtChoice, widgetAttributes, widgetMeta, type WidgetArgs } from './story-helpers.js';

// A mocked endpoint, so the form's states show without a server: POSTs to
// https://example.invalid/contact/ok answer 200, /fail 500, /hang never answer.
const MOCK = 'https://example.invalid/contact/';
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith(MOCK)) return realFetch(input, init);
  if (url.endsWith('/hang')) return new Promise(() => {});
  return new Promise((resolve) =>
    setTimeout(() => resolve(new Response('{}', { status: url.endsWith('/ok') ? 200 : 500 })), 400),
  );
};

const SAMPLE = { name: 'Ana Pérez', email: 'ana@example.com', message: 'Which courses can I take next year?' };

/** Fills the form as a visitor would and, optionally, submits it, to show a state. */
function drive(fields: Partial<typeof SAMPLE>, submit: boolean) {
  return ref(async (el) => {
    const contact = el as VropContact | undefined;
    if (!contact) return;
    await contact.updateComplete;
    const root = contact.renderRoot;
    for (const [name, value] of Object.entries(fields)) {
      const field = root.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (!field) continue;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
    if (!submit) return;
    // On the Docs page every story renders at once: the invalid form's focus move would scroll
    // the page to it. There, keep the reader where they are.
    const docs = new URLSearchParams(location.search).get('viewMode') === 'docs';
    const [x, y] = [scrollX, scrollY];
    root.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    if (!docs) return;
    await contact.updateComplete;
    await new Promise(requestAnimationFrame);
    const active = (root as ShadowRoot).activeElement;
    if (active instanceof HTMLElement) active.blur();
    scrollTo(x, y);
  });
}

const meta: Meta<WidgetArgs> = {
  ...widgetMeta('vrop-contact', { district: districtChoice }),
  render: (args, { globals }) => html`<vrop-contact ${widgetAttributes(args, globals)}></vrop-contact>`,
};
export default meta;

type Story = StoryObj<WidgetArgs>;

// Example details for the stories only: Valley ROP's own phone, e-mail and address are not known.
const DETAILS = { phone: '(559) 555-0100', email: 'info@example.org', address: '123 Example Street\nFresno, CA 93700' };

export const Banner: Story = {};
export const BannerWithDetails: Story = { args: DETAILS };
export const Card: Story = { args: { layout: 'card' } };
export const CardWithDetails: Story = { args: { layout: 'card', ...DETAILS } };
export const Spanish: Story = { args: { lang: 'es', layout: 'card', ...DETAILS } };
/** Long details wrap instead of widening the page: pick the 320 px viewport to see it. */
export const BannerWithLongDetails: Story = {
  args: { ...DETAILS, email: 'studentservices.department@example.org', phone: '(559) 555-0100 extension 1234' },
};

const formStory = (action: string, fields: Partial<typeof SAMPLE>, submit: boolean): Story => ({
  args: { layout: 'card', 'form-action': `${MOCK}${action}`, email: DETAILS.email, district: 'sanger' },
  render: (args, { globals }) => html`<vrop-contact ${widgetAttributes(args, globals)} ${drive(fields, submit)}></vrop-contact>`,
});

export const FormIdle = formStory('ok', {}, false);
export const FormInvalid = formStory('ok', { email: 'ana@' }, true);
export const FormSending = formStory('hang', SAMPLE, true);
export const FormSent = formStory('ok', SAMPLE, true);
export const FormFailed = formStory('fail', SAMPLE, true);
