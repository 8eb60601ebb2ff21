import type { VropData } from '../types.js';

/** The call to action and its link (`<vrop-contact>`). */
export const CONTACT: VropData['contact'] = {
  heading: {
    en: 'Have questions or need more information?',
    es: '¿Tiene preguntas o necesita más información?',
  },
  text: { en: 'Reach out to us today!', es: '¡Comuníquese con nosotros hoy!' },
  linkLabel: { en: 'Contact Us', es: 'Contáctenos' },
  href: 'https://valleyrop.net/',
};
