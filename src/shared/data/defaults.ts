import type { VropData } from './types.js';

import { CONTACT } from './defaults/contact.js';
import { DISTRICTS } from './defaults/districts.js';
import { FIGURES } from './defaults/figures.js';
import { MISSION } from './defaults/mission.js';
import { ORGANIZATION } from './defaults/organization.js';

// One module per section, so that a widget carries only the sections it renders, both imported
// alone (`vrop-widgets/stats`) and in the release, where each widget's code is a file of its own;
// DEFAULT_DATA puts them together for the classic script, the builder and the data file.
export { CONTACT, DISTRICTS, FIGURES, MISSION, ORGANIZATION };

/**
 * The embedded default data: every text and figure comes from the organisation's own "About"
 * page (`ORGANIZATION.aboutUrl`) or from a published source about the districts. Nothing here is
 * invented: unknown contact details and communities are left out.
 */
export const DEFAULT_DATA: VropData = {
  version: 1,
  organization: ORGANIZATION,
  mission: MISSION,
  districts: DISTRICTS,
  figures: FIGURES,
  contact: CONTACT,
};
