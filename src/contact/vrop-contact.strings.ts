// The widget's own words: what it says around the data (headings that name what it shows, labels,
// buttons, messages, phrases that put a value into words). What the organisation says about itself
// is data (src/shared/data/), which a data file may change: CONTRIBUTING.md, "Strings and data".
import type { WidgetStrings } from '../shared/locale.js';

/** Every text the contact widget adds to the call to action, in English and Spanish. */
export const STRINGS = {
  call: { en: 'Call', es: 'Llame al' },
  write: { en: 'E-mail', es: 'Escriba a' },
  name: { en: 'Name', es: 'Nombre' },
  email: { en: 'E-mail', es: 'Correo electrónico' },
  phone: { en: 'Phone (optional)', es: 'Teléfono (opcional)' },
  district: { en: 'Your district (optional)', es: 'Su distrito (opcional)' },
  choose: { en: 'Choose…', es: 'Elija…' },
  other: { en: 'Other', es: 'Otro' },
  message: { en: 'Message', es: 'Mensaje' },
  send: { en: 'Send', es: 'Enviar' },
  sending: { en: 'Sending…', es: 'Enviando…' },
  retry: { en: 'Try again', es: 'Intentar de nuevo' },
  sent: { en: 'Thank you! Your message was sent.', es: '¡Gracias! Su mensaje fue enviado.' },
  failed: {
    en: 'Your message could not be sent. What you wrote is still in the form: please try again in a moment.',
    es: 'No se pudo enviar su mensaje. Lo que escribió sigue en el formulario: inténtelo de nuevo en un momento.',
  },
  mailto: { en: 'Or send it by e-mail', es: 'O envíelo por correo electrónico' },
  subject: { en: 'Question for Valley ROP', es: 'Pregunta para Valley ROP' },
  missing: {
    name: { en: 'Please enter your name.', es: 'Escriba su nombre.' },
    email: { en: 'Please enter your e-mail address.', es: 'Escriba su correo electrónico.' },
    message: { en: 'Please write your message.', es: 'Escriba su mensaje.' },
  },
  badEmail: {
    en: 'Please enter an e-mail address like name@example.com.',
    es: 'Escriba un correo electrónico como nombre@ejemplo.com.',
  },
} satisfies WidgetStrings;
