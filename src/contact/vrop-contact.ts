import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { define } from '../define.js';
import { CONTACT, DISTRICTS, ORGANIZATION } from '../shared/data/defaults.js';
import { renderHeading } from '../shared/heading.js';
import { pick } from '../shared/locale.js';
import { isOneOf, oneOf } from '../shared/one-of.js';
import { safeUrl, type UrlScheme } from '../shared/safe-url.js';
import { VropElement } from '../shared/vrop-element.js';
import { clearDraft, draftKey, restoreDraft, saveDraft } from './contact-draft.js';
import { emptyFields, FIELDS, type ContactFields, type FieldName } from './contact-fields.js';
import { mailtoHref } from './contact-mailto.js';
import { DEFAULT_TIME_LIMIT, sendFields, timeLimit, type ContactErrorDetail } from './contact-send.js';
import { isEmail, REQUIRED, validateFields, type FieldErrors } from './contact-validation.js';
import { contactStyles } from './vrop-contact.styles.js';
import { STRINGS } from './vrop-contact.strings.js';
import { CONTACT_LAYOUTS, type ContactLayout } from './contact-layouts.js';

/** The values of `layout`. */
export { CONTACT_LAYOUTS, type ContactLayout };
/** The `detail` types of the events every widget fires. */
export type { DataErrorDetail, LinkClickDetail } from '../shared/vrop-element.js';
/** The `detail` types of the form's events. */
export type { ContactFields } from './contact-fields.js';
export type { ContactErrorDetail } from './contact-send.js';


type FormState = 'idle' | 'sending' | 'sent' | 'failed';

/** Builds a field's control, given the values of its `aria-invalid` and `aria-describedby`. */
type Control = (invalid: 'true' | typeof nothing, describedBy: string | typeof nothing) => unknown;

const LINKS: readonly UrlScheme[] = ['http:', 'https:', 'mailto:', 'tel:'];
/** The form's events bubble out of the shadow root, so that a host page can listen on any ancestor. */
const contactEvent = (name: string, detail: unknown, cancelable = false) =>
  new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });

/**
 * The organisation's call to action, "Have questions or need more information? Reach out to us
 * today!", with a "Contact Us" link, and, with `form-action`, an inline contact form that never
 * loses what a visitor typed.
 *
 * Whatever the webmaster writes inside the tag is shown before the element upgrades and when
 * JavaScript is off; once the element renders, it is replaced.
 *
 * @summary The call to action, and an optional inline contact form.
 * @tag vrop-contact
 *
 * @fires {CustomEvent<ContactFields>} vrop-contact-submit - Before sending; cancelable: call `preventDefault()` to send it yourself. `detail`: the fields `{ name, email, phone, district, message }`.
 * @fires {CustomEvent<ContactFields>} vrop-contact-sent - The endpoint answered 2xx. `detail`: the fields that were sent.
 * @fires {CustomEvent<ContactErrorDetail>} vrop-contact-error - Sending failed; every field is kept. `detail`: `{ reason: 'network' | 'status' | 'timeout', status? }`.
 *
 * @csspart base - The wrapper around the call to action and the form.
 * @csspart cta - The call to action: heading, sentence, links and address.
 * @csspart heading - The heading.
 * @csspart text - The sentence.
 * @csspart actions - The row of links.
 * @csspart button - The "Contact Us" link, styled as a button.
 * @csspart phone-link - The `tel:` link, with `phone`.
 * @csspart email-link - The `mailto:` link, with `email`.
 * @csspart postal-address - The postal address, with `address`.
 * @csspart form - The contact form, with `form-action`.
 * @csspart field - Each field's wrapper (label, control, message).
 * @csspart label - Each field's label.
 * @csspart control - Each input, select and text area.
 * @csspart error - A field's validation message.
 * @csspart submit - The send button.
 * @csspart status - The success message.
 * @csspart alert - The failure message.
 * @csspart mailto - The e-mail way out after a failure, with `email`.
 */
export class VropContact extends VropElement {
  protected static override linkKind = 'contact' as const;

  static override styles = [...VropElement.styles, contactStyles];

  protected static override defaults = { contact: CONTACT, organization: ORGANIZATION, districts: DISTRICTS };

  static override properties: PropertyDeclarations = {
    href: {},
    phone: {},
    email: {},
    address: {},
    layout: { reflect: true },
    formAction: { attribute: 'form-action' },
    district: {},
    timeout: { type: Number },
    values: { state: true },
    errors: { state: true },
    state: { state: true },
  };

  /** Where "Contact Us" leads (`http(s):`, `mailto:` or `tel:`). Default: the organisation's website. */
  href?: string;

  /** A phone number to show as a `tel:` link. Not shown when absent. */
  phone?: string;

  /** An e-mail address to show as a `mailto:` link, and the way out when the form fails. Not shown when absent. */
  email?: string;

  /** A postal address to show. Not shown when absent. */
  address?: string;

  /** `banner` (default: one row that wraps) or `card`. */
  layout: ContactLayout = 'banner';

  /** The URL the form posts JSON to; setting it turns the inline contact form on. */
  formAction?: string;

  /** The id of the district to preselect in the form (`sanger`, `kings-canyon`…). */
  district?: string;

  /** How long (ms) to wait for the form's endpoint before giving up. Default: 15000, also used (with a console warning) instead of a value that is not a positive number. */
  timeout = 15000; // DEFAULT_TIME_LIMIT, written out for the manifest

  private values: ContactFields = emptyFields();
  private errors: FieldErrors = {};
  private state: FormState = 'idle';

  /** Where this form keeps its draft: one per page and form. */
  private get storageKey(): string {
    return draftKey(location.pathname, this.formAction);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const links = { href: this.linkHref, phone: this.phoneHref, email: this.emailHref, formAction: this.action };
    for (const [prop, usable] of Object.entries(links) as [keyof typeof links, string | undefined][]) {
      if (changed.has(prop) && this[prop] && !usable) this.warn(`${prop}="${this[prop]}" is not a usable link; it is left out.`);
    }
    this.checkChoice(changed, 'layout', CONTACT_LAYOUTS);
    if (changed.has('timeout') && timeLimit(this.timeout) !== (this.timeout ?? DEFAULT_TIME_LIMIT)) {
      this.warn(`timeout="${this.getAttribute('timeout') ?? this.timeout}" is not a number of milliseconds; using ${DEFAULT_TIME_LIMIT}.`);
    }
    if (changed.has('formAction') && this.action) this.values = restoreDraft(this.storageKey) ?? this.values;
    if (changed.has('district') && this.preselected && !this.values.district) {
      this.values = { ...this.values, district: this.preselected };
    }
  }

  /** The district the webmaster named with `district`, when it is one. */
  private get preselected(): string {
    const id = this.district?.toLowerCase() ?? '';
    return this.data.districts.some((d) => d.id === id) ? id : '';
  }

  private get linkHref() {
    return safeUrl(this.href, LINKS);
  }

  private get phoneHref() {
    const digits = this.phone?.replace(/[^+\d]/g, '');
    return digits && digits.length >= 7 ? `tel:${digits}` : undefined;
  }

  private get emailHref() {
    return this.email && isEmail(this.email) ? `mailto:${this.email.trim()}` : undefined;
  }

  private get action() {
    return safeUrl(this.formAction);
  }

  protected override render() {
    const lang = this.locale;
    const { contact, organization } = this.data;
    const layout = oneOf(CONTACT_LAYOUTS, this.layout);
    const label = pick(contact.linkLabel, lang);
    // Each link's name is one string: Chrome drops the space between two template parts.
    // "Contact Us" names whose "us" it is (the visible words first, for voice control).
    return html`
      <div part="base" class="${layout}${this.action ? ' has-form' : ''}" lang=${lang}>
        <div part="cta">
          <div class="says">
            ${renderHeading(this.level, pick(contact.heading, lang))}
            <p part="text">${pick(contact.text, lang)}</p>
          </div>
          <p part="actions">
            <a
              part="button"
              class="b"
              href=${this.linkHref ?? safeUrl(contact.href, LINKS) ?? organization.website}
              aria-label=${`${label} (${organization.shortName})`}
              >${label}</a
            >
            ${this.phoneHref
              ? html`<a part="phone-link" href=${this.phoneHref}>${`${pick(STRINGS.call, lang)} ${this.phone}`}</a>`
              : nothing}
            ${this.emailHref
              ? html`<a part="email-link" href=${this.emailHref}>${`${pick(STRINGS.write, lang)} ${this.email}`}</a>`
              : nothing}
          </p>
          ${this.address ? html`<address part="postal-address">${this.address}</address>` : nothing}
        </div>
        ${this.action ? this.renderForm() : nothing}
      </div>
    `;
  }

  /**
   * A labelled field. It owns the wiring of its control to its message: while the field is wrong,
   * the control is `aria-invalid` and described by the message, for inputs and the text area alike.
   */
  private renderField(name: FieldName, control: Control) {
    const error = this.errors[name];
    return html`
      <p part="field">
        <label part="label" for=${name}>${pick(STRINGS[name], this.locale)}</label>
        ${control(error ? 'true' : nothing, error ? `${name}-error` : nothing)}
        ${error ? html`<span part="error" id="${name}-error">${error}</span>` : nothing}
      </p>
    `;
  }

  private renderForm() {
    const lang = this.locale;
    const { state, values } = this;
    // After a failure, the e-mail way out carries what the visitor typed.
    const mailto =
      state === 'failed' && this.emailHref
        ? mailtoHref(this.emailHref, pick(STRINGS.subject, lang), values)
        : undefined;
    const input = (name: FieldName, type: string, autocomplete: string) =>
      this.renderField(
        name,
        (invalid, describedBy) => html`<input
          part="control"
          id=${name}
          name=${name}
          type=${type}
          autocomplete=${autocomplete}
          ?required=${isOneOf(REQUIRED, name)}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          .value=${values[name]}
          @input=${this.onInput}
        />`,
      );
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${state === 'sending' ? 'true' : nothing}>
        ${input('name', 'text', 'name')} ${input('email', 'email', 'email')} ${input('phone', 'tel', 'tel')}
        ${this.renderField(
          'district',
          () => html`<select part="control" id="district" name="district" .value=${values.district} @change=${this.onInput}>
            <option value="">${pick(STRINGS.choose, lang)}</option>
            ${this.data.districts.map(
              (d) => html`<option value=${d.id} ?selected=${values.district === d.id}>${d.name}</option>`,
            )}
            <option value="other" ?selected=${values.district === 'other'}>${pick(STRINGS.other, lang)}</option>
          </select>`,
        )}
        ${this.renderField(
          'message',
          (invalid, describedBy) => html`<textarea
            part="control"
            id="message"
            name="message"
            rows="5"
            required
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            .value=${values.message}
            @input=${this.onInput}
          ></textarea>`,
        )}
        <p class="trap" aria-hidden="true">
          <label>Website <input name="website" tabindex="-1" autocomplete="off" /></label>
        </p>
        <p>
          <button part="submit" class="b" type="submit" aria-disabled=${state === 'sending' ? 'true' : nothing}>
            ${pick(state === 'sending' ? STRINGS.sending : state === 'failed' ? STRINGS.retry : STRINGS.send, lang)}
          </button>
        </p>
        <p part="status" role="status" class=${state === 'sent' ? 'sent' : ''}>
          ${state === 'sent'
            ? pick(STRINGS.sent, lang)
            : state === 'sending'
              ? html`<span class="visually-hidden">${pick(STRINGS.sending, lang)}</span>`
              : nothing}
        </p>
        <div part="alert" role="alert">
          ${state === 'failed'
            ? html`<p>${pick(STRINGS.failed, lang)}</p>
                ${mailto ? html`<p><a part="mailto" href=${mailto}>${pick(STRINGS.mailto, lang)}</a></p>` : nothing}`
            : nothing}
        </div>
      </form>
    `;
  }

  private onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    this.values = { ...this.values, [field.name]: field.value };
    if (this.errors[field.name as FieldName]) this.errors = { ...this.errors, [field.name]: undefined };
    saveDraft(this.storageKey, this.values);
  };

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    // Robots fill every field, people never see this one: drop the submission without a word.
    if (this.state === 'sending' || (form.elements.namedItem('website') as HTMLInputElement).value) return;
    if (!this.validate()) return;
    const fields = { ...this.values };
    if (!this.dispatchEvent(contactEvent('vrop-contact-submit', fields, true))) return;
    this.state = 'sending';
    const outcome = await sendFields(String(this.action), fields, timeLimit(this.timeout));
    this.state = outcome ? 'failed' : 'sent';
    if (outcome) {
      this.dispatchEvent(contactEvent('vrop-contact-error', outcome));
      return;
    }
    // A fresh form for another message, still set to the webmaster's district.
    this.values = { ...emptyFields(), district: this.preselected };
    clearDraft(this.storageKey);
    this.dispatchEvent(contactEvent('vrop-contact-sent', fields));
  };

  /** Shows each wrong field's message in the widget's language, and moves focus to the first wrong field. */
  private validate(): boolean {
    const errors = validateFields(this.values, this.locale);
    this.errors = errors;
    const first = FIELDS.find((name) => errors[name]);
    if (first) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus());
    return !first;
  }
}

define('vrop-contact', VropContact);

declare global {
  interface HTMLElementTagNameMap {
    'vrop-contact': VropContact;
  }
  interface HTMLElementEventMap {
    'vrop-contact-submit': CustomEvent<ContactFields>;
    'vrop-contact-sent': CustomEvent<ContactFields>;
    'vrop-contact-error': CustomEvent<ContactErrorDetail>;
  }
}
