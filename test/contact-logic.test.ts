// The contact form's logic without the element: sending with a time limit, drafts, validation and
// the mailto link. test/vrop-contact.test.ts covers the form as a visitor uses it.
import { expect } from '@open-wc/testing';
import { clearDraft, draftKey, restoreDraft, saveDraft } from '../src/contact/contact-draft.js';
import { FIELDS, type ContactFields } from '../src/contact/contact-fields.js';
import { mailtoHref } from '../src/contact/contact-mailto.js';
import { DEFAULT_TIME_LIMIT, sendFields, timeLimit } from '../src/contact/contact-send.js';
import { isEmail, validateFields } from '../src/contact/contact-validation.js';

const FILLED: ContactFields = {
  name: 'Ana Pérez',
  email: 'ana@example.com',
  phone: '559 555 0100',
  district: 'sanger',
  message: 'Which welding courses are there?',
};

describe('contact logic', () => {
  describe('sendFields', () => {
    const realFetch = window.fetch;
    let signals: AbortSignal[];
    /** Replaces fetch with `answer`, recording each request's abort signal. */
    const fakeFetch = (answer: (signal: AbortSignal) => Promise<Response>) => {
      window.fetch = (_input, init) => {
        signals.push(init!.signal!);
        return answer(init!.signal!);
      };
    };
    beforeEach(() => (signals = []));
    afterEach(() => (window.fetch = realFetch));

    it('past the time limit, aborts the request and reports "timeout"', async () => {
      // An endpoint that never answers: the request ends only when it is aborted.
      fakeFetch(
        (signal) =>
          new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      );
      const started = performance.now();
      expect(await sendFields('/contact', FILLED, 50)).to.deep.equal({ reason: 'timeout' });
      expect(performance.now() - started).to.be.within(45, 1000);
      expect(signals).to.have.length(1);
      expect(signals[0].aborted).to.equal(true);
    });

    it('an answer within the limit stops the clock: the request is never aborted afterwards', async () => {
      fakeFetch(async () => new Response(null, { status: 204 }));
      expect(await sendFields('/contact', FILLED, 30)).to.equal(undefined);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(signals[0].aborted).to.equal(false);
    });

    it('a failure before the limit is "network", not "timeout"', async () => {
      fakeFetch(async () => {
        throw new TypeError('Failed to fetch');
      });
      expect(await sendFields('/contact', FILLED, 1000)).to.deep.equal({ reason: 'network' });
    });

    it('timeLimit keeps a usable number of milliseconds and replaces any other', () => {
      expect(timeLimit(2500)).to.equal(2500);
      expect(timeLimit(2 ** 31 - 1)).to.equal(2 ** 31 - 1);
      for (const unusable of [NaN, 0, -1, 2 ** 31, Infinity, null, undefined]) {
        expect(timeLimit(unusable), String(unusable)).to.equal(DEFAULT_TIME_LIMIT);
      }
    });
  });

  describe('drafts', () => {
    const key = draftKey('/page', '/contact');
    beforeEach(() => sessionStorage.clear());

    it('round-trips every field, and clearDraft forgets it', () => {
      saveDraft(key, FILLED);
      expect(restoreDraft(key)).to.deep.equal(FILLED);
      clearDraft(key);
      expect(restoreDraft(key)).to.equal(undefined);
    });

    it('one draft per page and per form', () => {
      saveDraft(key, FILLED);
      expect(restoreDraft(draftKey('/page', '/other'))).to.equal(undefined);
      expect(restoreDraft(draftKey('/other-page', '/contact'))).to.equal(undefined);
    });

    for (const stored of ['{"name": "Ana"', 'null', '"Ana"', '42', 'true']) {
      it(`ignores a stored draft that is not a JSON object: ${stored}`, () => {
        sessionStorage.setItem(key, stored);
        expect(restoreDraft(key)).to.equal(undefined);
      });
    }

    it('takes only the form’s own fields holding text, whatever else the stored JSON has', () => {
      sessionStorage.setItem(
        key,
        '{"name": "Ana", "email": 5, "message": {"text": "hi"}, "phone": null, "isAdmin": true, "__proto__": {"polluted": 1}}',
      );
      const draft = restoreDraft(key)!;
      expect(draft).to.deep.equal({ name: 'Ana', email: '', phone: '', district: '', message: '' });
      expect(Object.keys(draft)).to.have.members([...FIELDS]);
      expect(Object.getPrototypeOf(draft)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      sessionStorage.setItem(key, '["Ana", "ana@example.com"]');
      expect(restoreDraft(key)).to.deep.equal({ name: '', email: '', phone: '', district: '', message: '' });
    });

    it('without usable storage (private mode, full), saving, restoring and clearing do nothing and never throw', () => {
      const { getItem, setItem, removeItem } = Storage.prototype;
      const refuse = () => {
        throw new DOMException('refused', 'SecurityError');
      };
      Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse, removeItem: refuse });
      try {
        expect(() => saveDraft(key, FILLED)).not.to.throw();
        expect(restoreDraft(key)).to.equal(undefined);
        expect(() => clearDraft(key)).not.to.throw();
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem, removeItem });
      }
    });
  });

  describe('validation', () => {
    it('a filled form passes; phone and district are optional', () => {
      expect(validateFields(FILLED, 'en')).to.deep.equal({});
      expect(validateFields({ ...FILLED, phone: '', district: '' }, 'en')).to.deep.equal({});
    });

    it('a field of spaces counts as empty', () => {
      expect(validateFields({ ...FILLED, name: '  ', message: '\n\t' }, 'en')).to.deep.equal({
        name: 'Please enter your name.',
        message: 'Please write your message.',
      });
    });

    it('a missing e-mail is missing, not malformed; a malformed one says what is expected', () => {
      expect(validateFields({ ...FILLED, email: ' ' }, 'en')).to.deep.equal({ email: 'Please enter your e-mail address.' });
      expect(validateFields({ ...FILLED, email: 'ana@example' }, 'en')).to.deep.equal({
        email: 'Please enter an e-mail address like name@example.com.',
      });
    });

    it('isEmail: something@something.tld, spaces around it aside', () => {
      for (const good of ['ana@example.com', ' ana.perez@mail.example.org ', 'a+b@c.de']) expect(isEmail(good), good).to.equal(true);
      for (const bad of ['', 'ana', 'ana@', '@example.com', 'ana@example', 'ana perez@example.com', 'ana@@example.com']) {
        expect(isEmail(bad), bad).to.equal(false);
      }
    });
  });

  describe('mailtoHref', () => {
    const parse = (href: string) => {
      const url = new URL(href);
      return { to: url.pathname, params: [...url.searchParams.entries()] };
    };

    it('the message, a blank line, then only the details given, one a line', () => {
      const href = mailtoHref('mailto:info@example.org', 'Question for Valley ROP', { ...FILLED, name: '', phone: '' });
      expect(parse(href)).to.deep.equal({
        to: 'info@example.org',
        params: [
          ['subject', 'Question for Valley ROP'],
          ['body', `${FILLED.message}\n\nana@example.com`],
        ],
      });
    });

    it('nothing typed can end the body or add a header: every character is percent-encoded', () => {
      const message = 'Q&A? 100% sure #1 = yes + more\r\nbcc=all@example.com&subject=spam ñ 😀';
      const href = mailtoHref('mailto:info@example.org', 'Pregunta para Valley ROP', { ...FILLED, message });
      expect(href).to.match(/^mailto:info@example\.org\?subject=[^&?#]*&body=[^&?#]*$/);
      expect(href).not.to.match(/[\s+]/);
      expect(parse(href).params).to.deep.equal([
        ['subject', 'Pregunta para Valley ROP'],
        ['body', `${message}\n\n${FILLED.name}\n${FILLED.email}\n${FILLED.phone}`],
      ]);
    });
  });
});
