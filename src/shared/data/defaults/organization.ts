import type { VropData } from '../types.js';

/** The organisation: its name and website. */
export const ORGANIZATION: VropData['organization'] = {
  name: 'Valley Regional Occupational Program',
  shortName: 'Valley ROP',
  website: 'https://valleyrop.net/',
  aboutUrl: 'https://valleyrop.net/about-rop/overview/',
};
