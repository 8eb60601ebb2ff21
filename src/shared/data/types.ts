import type { Localized } from '../locale.js';

/** The three sections of the organisation's "About" text, in display order. */
export const MISSION_SECTIONS = ['mission', 'history', 'overview'] as const;
export type MissionSectionKey = (typeof MISSION_SECTIONS)[number];

/**
 * A district's id, as webmasters write it in `current`: one of the `districts` of the data in
 * use. Any string, since a data file may add districts; the built-in ids are in DEFAULT_DATA.
 */
export type DistrictId = string;

export interface Organization {
  /** Proper name; the same in every language. */
  name: string;
  shortName: string;
  /** The organisation's website: the one address known for it. */
  website: string;
  aboutUrl: string;
}

export interface TextSection {
  /** The anchor id the organisation's own site uses for this section. */
  anchor: string;
  title: Localized;
  paragraphs: Localized<string[]>;
}

export interface District {
  id: DistrictId;
  /** Official name; proper nouns stay as they are in every language. */
  name: string;
  /** Only where confirmed: a district without one is shown without a link. */
  website?: string;
  counties: string[];
  /** Communities served, where a source names them; empty when not known. */
  communities: string[];
  highSchools: string[];
}

/** How a figure's value reads: a calendar year (no grouping), a count, or an amount in USD. */
export type FigureFormat = 'year' | 'count' | 'currency';

export interface Figure {
  /** As webmasters write it in `items`; a data file may add figures (`classes`, say). */
  id: string;
  value: number;
  format: FigureFormat;
  /** True when the source says "over" the value ("over 6,300 students"). */
  atLeast?: boolean;
  label: Localized;
}

export interface Figures {
  /** The school year the figures describe, e.g. `2018-19`. */
  schoolYear: string;
  items: Figure[];
}

export interface Contact {
  heading: Localized;
  text: Localized;
  linkLabel: Localized;
  /** Where "Contact Us" leads. */
  href: string;
  /** Shown only when known; none of these is known for Valley ROP today. */
  phone?: string;
  email?: string;
  address?: string;
}

/** Everything the widgets show; the data file (version 1) has this shape. */
export interface VropData {
  version: 1;
  organization: Organization;
  mission: Record<MissionSectionKey, TextSection>;
  districts: District[];
  figures: Figures;
  contact: Contact;
}
