import type { VropData } from '../types.js';

/** The key figures and their school year (`<vrop-stats>`). */
export const FIGURES: VropData['figures'] = {
  schoolYear: '2018-19',
  items: [
    {
      id: 'established',
      value: 1971,
      format: 'year',
      label: { en: 'Year established', es: 'Año de fundación' },
    },
    {
      id: 'districts',
      value: 7,
      format: 'count',
      label: { en: 'Partner districts', es: 'Distritos asociados' },
    },
    {
      id: 'students',
      value: 6300,
      format: 'count',
      atLeast: true,
      label: { en: 'Students served', es: 'Estudiantes atendidos' },
    },
    {
      id: 'budget',
      value: 2_200_000,
      format: 'currency',
      label: { en: 'Annual budget', es: 'Presupuesto anual' },
    },
    {
      id: 'dual-enrollment-courses',
      value: 201,
      format: 'count',
      label: { en: 'Dual enrollment courses offered', es: 'Cursos de doble inscripción ofrecidos' },
    },
    {
      id: 'dual-enrollment-students',
      value: 3500,
      format: 'count',
      atLeast: true,
      label: {
        en: 'Students taking dual enrollment courses',
        es: 'Estudiantes en cursos de doble inscripción',
      },
    },
  ],
};
