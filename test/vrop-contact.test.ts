import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/contact/vrop-contact.js';
import type { ContactErrorDetail, ContactFields, VropContact } from '../src/contact/vrop-contact.js';
import { DISTRICTS } from '../src/shared/data/defaults.js';
import { captureWarnings, contrast, shadowText } from './helpers.js';
import { itNeeds, resetViewport } from './engine.js';

interface Posted {
  path: string;
  contentType: string;
  body: string;
}
const postedLog = async (): Promise<Posted[]> => (await fetch('/test-endpoint/log')).json();

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const FILLED = { name: 'Ana Pérez', email: 'ana@example.com', phone: '559 555 0100', message: 'Which welding courses are there?' };

function type(el: VropContact, name: string, value: string): void {
  const field = $<HTMLInputElement>(el, `[name="${name}"]`);
  field.value = value;
  field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
}

async function fill(el: VropContact, values: Partial<ContactFields> = FILLED): Promise<void> {
  for (const [name, value] of Object.entries(values)) type(el, name, value);
  await el.updateComplete;
}

async function submit(el: VropContact): Promise<void> {
  $<HTMLButtonElement>(el, '[part="submit"]').click();
  await el.updateComplete;
}

/** A form with an e-mail way out and a short time limit, posting to `action`. */
const form = (action = '/test-endpoint/ok') =>
  fixture<VropContact>(html`<vrop-contact form-action=${action} email="info@example.org" timeout="400"></vrop-contact>`);

describe('<vrop-contact>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(async () => {
    warnings = captureWarnings();
    sessionStorage.clear();
    await fetch('/test-endpoint/log', { method: 'DELETE' });
  });
  afterEach(() => warnings.restore());

  describe('the call to action', () => {
    it('shows the organisation’s own words and a "Contact Us" link to its website, nothing invented', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact></vrop-contact>`);
      expect($(el, 'h2').textContent).to.equal('Have questions or need more information?');
      expect($(el, '[part="text"]').textContent).to.equal('Reach out to us today!');
      const link = $<HTMLAnchorElement>(el, '[part="button"]');
      expect(link.textContent!.trim()).to.equal('Contact Us');
      expect(link.getAttribute('href')).to.equal('https://valleyrop.net/');
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('address, form')).to.equal(null);
    });

    it('speaks Spanish', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact lang="es" heading-level="3"></vrop-contact>`);
      expect($(el, 'h3').textContent).to.equal('¿Tiene preguntas o necesita más información?');
      expect(shadowText(el)).to.contain('¡Comuníquese con nosotros hoy!').and.contain('Contáctenos');
    });

    it('shows a phone, an e-mail and an address only when given', async () => {
      const el = await fixture<VropContact>(html`
        <vrop-contact href="https://example.org/contact" phone="(559) 555-0100" email="info@example.org" address=${'1 Main St\nSanger, CA'}></vrop-contact>
      `);
      expect($(el, '[part="button"]').getAttribute('href')).to.equal('https://example.org/contact');
      expect($(el, '[part="phone-link"]').getAttribute('href')).to.equal('tel:5595550100');
      expect($(el, '[part="phone-link"]').textContent).to.equal('Call (559) 555-0100');
      expect($(el, '[part="email-link"]').getAttribute('href')).to.equal('mailto:info@example.org');
      expect($(el, 'address').textContent).to.equal('1 Main St\nSanger, CA');
    });

    it('drops a javascript: href (the default link stays), a phone without digits and a bad e-mail, with warnings', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact href="javascript:alert(1)" phone="call us" email="nobody"></vrop-contact>`);
      expect($(el, '[part="button"]').getAttribute('href')).to.equal('https://valleyrop.net/');
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages.join('\n')).to.contain('href="javascript:alert(1)"').and.contain('phone="call us"').and.contain('email="nobody"');
    });

    it('lays out a banner in one row and a card in a column', async () => {
      const banner = await fixture<VropContact>(html`<vrop-contact style="width: 60em"></vrop-contact>`);
      const card = await fixture<VropContact>(html`<vrop-contact layout="card" style="width: 60em"></vrop-contact>`);
      const top = (el: VropContact, part: string) => Math.round($(el, `[part~="${part}"]`).getBoundingClientRect().top);
      const left = (el: VropContact, part: string) => $(el, `[part~="${part}"]`).getBoundingClientRect().left;
      // Banner: the words on the left, the links beside them; card: the links under the words.
      expect(left(banner, 'button')).to.be.greaterThan(left(banner, 'text') + 200);
      expect(top(banner, 'button')).to.be.lessThan(top(banner, 'text') + 30);
      expect(top(card, 'button')).to.be.greaterThan(top(card, 'text'));
      expect(left(card, 'button')).to.equal(left(card, 'text'));
    });
  });

  describe('beyond axe', () => {
    afterEach(resetViewport);

    const LONG = {
      email: 'studentservices@valleyrop.k12.ca.us',
      phone: '+1 (559) 555-0100 extension 12345 (front office)',
      address: 'Valley Regional Occupational Program, Administrative Offices\nPostOfficeBoxNumberTwelveThousandThreeHundredFortyFive',
      href: 'https://valleyrop.net/about-rop/overview/contact-us-and-every-department-directory-of-the-organisation',
    };
    for (const layout of ['banner', 'card']) {
      itNeeds('viewport', `${layout}: long configured values wrap at 320 px, with no sideways scrolling (1.4.10)`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<VropContact>(html`
          <vrop-contact layout=${layout} email=${LONG.email} phone=${LONG.phone} address=${LONG.address} href=${LONG.href} form-action="/test-endpoint/ok"></vrop-contact>
        `);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const part of ['phone-link', 'email-link', 'postal-address']) {
          expect($(el, `[part="${part}"]`).getBoundingClientRect().right, part).to.be.at.most(el.getBoundingClientRect().right);
        }
      });
    }

    for (const theme of ['light', 'dark']) {
      it(`${theme}: every field's border has 3:1 against the field and the widget (1.4.11)`, async () => {
        const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" theme=${theme}></vrop-contact>`);
        const host = getComputedStyle(el).backgroundColor;
        const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="control"]')];
        expect(controls).to.have.length(5);
        for (const control of controls) {
          const style = getComputedStyle(control);
          expect(parseFloat(style.borderTopWidth), control.id).to.be.greaterThan(0);
          expect(contrast(style.borderTopColor, style.backgroundColor), `${control.id} on itself`).to.be.at.least(3);
          expect(contrast(style.borderTopColor, host), `${control.id} on the widget`).to.be.at.least(3);
        }
      });
    }
  });

  describe('the form', () => {
    it('appears with form-action: labelled fields, the built-in districts plus Other, the district preselected', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" district="Kings-Canyon"></vrop-contact>`);
      const labels = [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((l) => l.textContent);
      expect(labels).to.deep.equal(['Name', 'E-mail', 'Phone (optional)', 'Your district (optional)', 'Message']);
      const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.value);
      expect(options).to.deep.equal(['', ...DISTRICTS.map((district) => district.id), 'other']);
      expect($<HTMLSelectElement>(el, 'select').value).to.equal('kings-canyon');
      expect(['name', 'email', 'message'].map((n) => $<HTMLInputElement>(el, `[name="${n}"]`).required)).to.deep.equal([true, true, true]);
    });

    for (const [lang, messages] of Object.entries({
      en: ['Please enter your name.', 'Please enter your e-mail address.', 'Please write your message.'],
      es: ['Escriba su nombre.', 'Escriba su correo electrónico.', 'Escriba su mensaje.'],
    })) {
      it(`says what is missing in ${lang}, tied to each field, and moves focus to the first`, async () => {
        const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" lang=${lang}></vrop-contact>`);
        await submit(el);
        await el.updateComplete;
        const errors = ['name', 'email', 'message'].map((name) => {
          const field = $(el, `#${name}`);
          expect(field.getAttribute('aria-invalid')).to.equal('true');
          return el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!.textContent;
        });
        expect(errors).to.deep.equal(messages);
        expect(el.shadowRoot!.activeElement).to.equal($(el, '#name'));
        expect(await postedLog()).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('asks for a real e-mail address', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" lang="es"></vrop-contact>`);
      await fill(el, { ...FILLED, email: 'ana@' });
      await submit(el);
      expect($(el, '#email-error').textContent).to.equal('Escriba un correo electrónico como nombre@ejemplo.com.');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#email'));
    });

    it('sends the fields as JSON, says so, fires vrop-contact-sent and clears the form and the draft', async () => {
      const el = await form();
      await fill(el, { ...FILLED, district: 'sanger' });
      expect(sessionStorage.length).to.equal(1);
      const submitted = oneEvent(el, 'vrop-contact-submit');
      const sent = oneEvent(el, 'vrop-contact-sent');
      await submit(el);
      expect(((await submitted) as CustomEvent<ContactFields>).detail).to.deep.equal({ ...FILLED, district: 'sanger' });
      const { detail } = (await sent) as CustomEvent<ContactFields>;
      await el.updateComplete;
      expect(detail.email).to.equal('ana@example.com');
      const [post] = await postedLog();
      expect(post.path).to.equal('/test-endpoint/ok');
      expect(post.contentType).to.equal('application/json');
      expect(JSON.parse(post.body)).to.deep.equal({ name: 'Ana Pérez', email: 'ana@example.com', phone: '559 555 0100', district: 'sanger', message: 'Which welding courses are there?' });
      expect($(el, '[role="status"]').textContent!.trim()).to.equal('Thank you! Your message was sent.');
      expect($<HTMLInputElement>(el, '#name').value).to.equal('');
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('');
      expect(sessionStorage.length).to.equal(0);
    });

    it('after sending, keeps the district the webmaster preselected, in a notice with a mark', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" district="sanger"></vrop-contact>`);
      await fill(el, { ...FILLED, district: 'dinuba' });
      const sent = oneEvent(el, 'vrop-contact-sent');
      await submit(el);
      await sent;
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#district').value).to.equal('sanger');
      const status = $(el, '[role="status"]');
      expect(status.classList.contains('sent')).to.equal(true);
      expect(getComputedStyle(status, '::before').content).to.contain('✓');
    });

    it('has one primary action: with the form on, Send is filled and "Contact Us" is outlined', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok"></vrop-contact>`);
      const send = getComputedStyle($(el, '[part="submit"]'));
      const contactUs = getComputedStyle($(el, '[part="button"]'));
      expect(send.backgroundColor).to.equal('rgb(11, 83, 148)');
      expect(contactUs.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(contactUs.borderTopColor).to.equal('rgb(11, 83, 148)');
      const alone = await fixture<VropContact>(html`<vrop-contact></vrop-contact>`);
      expect(getComputedStyle($(alone, '[part="button"]')).backgroundColor).to.equal('rgb(11, 83, 148)');
    });

    it('--vrop-radius: 0 squares every corner: the box, the buttons and the fields', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" layout="card" style="--vrop-radius: 0"></vrop-contact>`);
      const corners = [el, ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"], [part~="submit"], [part~="control"]')];
      expect(corners.length).to.equal(8);
      for (const node of corners) expect(getComputedStyle(node).borderTopLeftRadius, node.getAttribute('part') ?? 'host').to.equal('0px');
    });

    async function expectFailure(el: VropContact, reason: ContactErrorDetail['reason'], status?: number) {
      const failed = oneEvent(el, 'vrop-contact-error');
      await submit(el);
      const { detail } = (await failed) as CustomEvent<ContactErrorDetail>;
      await el.updateComplete;
      expect(detail).to.deep.equal(status ? { reason, status } : { reason });
      expect($(el, '[role="alert"]').textContent).to.contain('Your message could not be sent.');
      expect($<HTMLInputElement>(el, '#name').value).to.equal(FILLED.name);
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal(FILLED.message);
      expect($(el, '[part="submit"]').textContent!.trim()).to.equal('Try again');
      const mailto = $<HTMLAnchorElement>(el, '[part="mailto"]').getAttribute('href')!;
      expect(mailto.startsWith('mailto:info@example.org?subject=Question%20for%20Valley%20ROP&body=')).to.equal(true);
      expect(decodeURIComponent(mailto.split('body=')[1])).to.equal(`${FILLED.message}\n\n${FILLED.name}\n${FILLED.email}\n${FILLED.phone}`);
    }

    it('on a 500: an alert that says what to do, vrop-contact-error, every field kept, a retry and a mailto way out', async () => {
      const el = await form('/test-endpoint/fail');
      await fill(el);
      await expectFailure(el, 'status', 500);
      await expect(el).to.be.accessible();
    });

    it('on a network error: the same', async () => {
      const el = await form('http://127.0.0.1:9/unreachable');
      await fill(el);
      await expectFailure(el, 'network');
    });

    it('while sending: the button is unavailable and says so, a second submit does nothing; then the time limit', async () => {
      const el = await form('/test-endpoint/hang');
      await fill(el);
      const failed = oneEvent(el, 'vrop-contact-error');
      await submit(el);
      const button = $<HTMLButtonElement>(el, '[part="submit"]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Sending…');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await expect(el).to.be.accessible();
      expect(((await failed) as CustomEvent<ContactErrorDetail>).detail).to.deep.equal({ reason: 'timeout' });
      expect((await postedLog()).length).to.equal(1);
    });

    it('a cancelled vrop-contact-submit sends nothing', async () => {
      const el = await form();
      await fill(el);
      el.addEventListener('vrop-contact-submit', (event) => event.preventDefault(), { once: true });
      await submit(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await postedLog()).to.deep.equal([]);
      expect($<HTMLInputElement>(el, '#name').value).to.equal(FILLED.name);
    });

    it('a filled honeypot drops the submission silently', async () => {
      const el = await form();
      await fill(el);
      let events = 0;
      el.addEventListener('vrop-contact-submit', () => events++);
      $<HTMLInputElement>(el, '[name="website"]').value = 'http://spam.example';
      await submit(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await postedLog()).to.deep.equal([]);
      expect(events).to.equal(0);
    });

    it('keeps the draft through a reload: a re-created element restores every field', async () => {
      const first = await form();
      await fill(first, { ...FILLED, district: 'selma' });
      first.remove();
      const again = await form();
      expect($<HTMLInputElement>(again, '#name').value).to.equal(FILLED.name);
      expect($<HTMLInputElement>(again, '#phone').value).to.equal(FILLED.phone);
      expect($<HTMLSelectElement>(again, 'select').value).to.equal('selma');
      expect($<HTMLTextAreaElement>(again, '#message').value).to.equal(FILLED.message);
      // Another form on the page keeps its own draft.
      const other = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/fail"></vrop-contact>`);
      expect($<HTMLInputElement>(other, '#name').value).to.equal('');
    });

    describe('focus and announcements (2.4.3, 4.1.3)', () => {
      /** Where keyboard focus is: a part of the widget, else the page's element (`body` when lost). */
      const focused = (el: VropContact) => el.shadowRoot!.activeElement?.getAttribute('part') ?? document.activeElement?.localName;

      /** Presses Send from the keyboard, as a screen-reader user would. */
      async function pressSend(el: VropContact): Promise<HTMLButtonElement> {
        const button = $<HTMLButtonElement>(el, '[part="submit"]');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        return button;
      }

      for (const [lang, sending] of [['en', 'Sending…'], ['es', 'Enviando…']]) {
        it(`sending (${lang}): focus stays on the button, which ignores presses, and "${sending}" is announced; it stays there after a failure`, async () => {
          const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/hang" timeout="400" lang=${lang}></vrop-contact>`);
          await fill(el);
          const failed = oneEvent(el, 'vrop-contact-error');
          const button = await pressSend(el);
          expect(focused(el)).to.equal('submit');
          expect(button.getAttribute('aria-disabled')).to.equal('true');
          expect($(el, '[role="status"]').textContent!.trim()).to.equal(sending);
          await sendKeys({ press: 'Enter' });
          expect((await postedLog()).length).to.equal(1);
          await expect(el).to.be.accessible();
          await failed;
          await el.updateComplete;
          expect(focused(el)).to.equal('submit');
          expect(button.hasAttribute('aria-disabled')).to.equal(false);
          expect($(el, '[role="status"]').textContent!.trim()).to.equal('');
        });
      }

      it('sent: focus is still on the button, and the status says the message was sent', async () => {
        const el = await form();
        await fill(el);
        const sent = oneEvent(el, 'vrop-contact-sent');
        await pressSend(el);
        await sent;
        await el.updateComplete;
        expect(focused(el)).to.equal('submit');
        expect($(el, '[role="status"]').textContent!.trim()).to.equal('Thank you! Your message was sent.');
      });
    });

    describe('accessibility in every state', () => {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['en', 'es']) {
          it(`idle, invalid, sent and failed pass axe (${theme}, ${lang})`, async () => {
            const idle = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" theme=${theme} lang=${lang} phone="559 555 0100" email="info@example.org" address="Fresno, CA"></vrop-contact>`);
            await expect(idle).to.be.accessible();
            await submit(idle);
            await expect(idle).to.be.accessible();
            await fill(idle);
            const sent = oneEvent(idle, 'vrop-contact-sent');
            await submit(idle);
            await sent;
            await idle.updateComplete;
            await expect(idle).to.be.accessible();
            const failing = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/fail" theme=${theme} lang=${lang} email="info@example.org"></vrop-contact>`);
            await fill(failing);
            const failed = oneEvent(failing, 'vrop-contact-error');
            await submit(failing);
            await failed;
            await failing.updateComplete;
            await expect(failing).to.be.accessible();
          });
        }
      }
    });
  });

  describe('timeout', () => {
    // Each once gave up at once (NaN, 0, a negative delay or one past setTimeout's range fires now).
    for (const value of ['abc', '', '-1', '15s', '0', '3000000000']) {
      it(`timeout="${value}": the form still sends and succeeds, with one warning`, async () => {
        const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" timeout=${value}></vrop-contact>`);
        await fill(el);
        const sent = oneEvent(el, 'vrop-contact-sent');
        const failed = new Promise((resolve) => el.addEventListener('vrop-contact-error', resolve, { once: true }));
        await submit(el);
        const outcome = await Promise.race([sent.then(() => 'sent'), failed.then(() => 'failed')]);
        expect(outcome).to.equal('sent');
        await el.updateComplete;
        expect($(el, '[role="status"]').textContent!.trim()).to.equal('Thank you! Your message was sent.');
        expect((await postedLog()).length).to.equal(1);
        expect(warnings.messages).to.deep.equal([
          `[vrop-widgets] <vrop-contact>: timeout="${value}" is not a number of milliseconds; using 15000.`,
        ]);
      });
    }

    it('a valid timeout gives no warning, and removing it goes back to the default silently', async () => {
      const el = await fixture<VropContact>(html`<vrop-contact form-action="/test-endpoint/ok" timeout="2500"></vrop-contact>`);
      el.removeAttribute('timeout');
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});
