import type { VropData } from '../types.js';

/** The partner districts (`<vrop-district-list>`, and the contact form's district choice). */
export const DISTRICTS: VropData['districts'] = [
  {
    id: 'cutler-orosi',
    name: 'Cutler-Orosi Joint Unified School District',
    website: 'https://www.cojusd.org',
    counties: ['Tulare'],
    communities: ['Orosi', 'Cutler', 'East Orosi', 'Hartland', 'Yettem'],
    highSchools: ['Orosi High School'],
  },
  {
    id: 'dinuba',
    name: 'Dinuba Unified School District',
    website: 'https://www.dinuba.k12.ca.us',
    counties: ['Tulare'],
    communities: [],
    highSchools: ['Dinuba High School'],
  },
  {
    id: 'kings-canyon',
    name: 'Kings Canyon Unified School District',
    website: 'https://www.kcusd.com',
    counties: ['Fresno', 'Tulare'],
    communities: ['Reedley', 'Orange Cove'],
    highSchools: ['Reedley High', 'Orange Cove High', 'Reedley Middle College High'],
  },
  {
    // Its website is not confirmed, so it has none by default.
    id: 'kingsburg',
    name: 'Kingsburg Joint Union High School District',
    counties: ['Fresno', 'Kings', 'Tulare'],
    communities: [],
    highSchools: ['Kingsburg High School'],
  },
  {
    id: 'parlier',
    name: 'Parlier Unified School District',
    website: 'https://www.parlierunified.org',
    counties: ['Fresno'],
    communities: [],
    highSchools: ['Parlier High School'],
  },
  {
    id: 'sanger',
    name: 'Sanger Unified School District',
    website: 'https://www.sanger.k12.ca.us',
    counties: ['Fresno'],
    communities: ['Sanger', 'Del Rey', 'Centerville'],
    highSchools: ['Sanger High School'],
  },
  {
    id: 'selma',
    name: 'Selma Unified School District',
    website: 'https://www.selmausd.org',
    counties: ['Fresno'],
    communities: [],
    highSchools: ['Selma High School'],
  },
];
