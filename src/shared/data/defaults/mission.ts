import type { VropData } from '../types.js';

/** The mission, history and overview texts (`<vrop-mission>`). */
export const MISSION: VropData['mission'] = {
  mission: {
    anchor: 'our-mission',
    title: { en: 'Our Mission', es: 'Nuestra misión' },
    paragraphs: {
      en: [
        'The Valley Regional Occupational Program (Valley ROP) is dedicated to promoting and delivering high-quality career technical education (CTE), career development, and workforce preparation. Our mission is to support student academic and career success while contributing to California’s economic development. Through our comprehensive programs, we aim to build successful careers and empower individuals to achieve their professional goals. We collaborate with local schools, community colleges, and industry partners to offer a seamless transition into the workforce or further education, ensuring our students are well-prepared for the future. Join us at Valley ROP and let us help you build your career.',
      ],
      es: [
        'El Programa Ocupacional Regional del Valle (Valley ROP) se dedica a promover e impartir educación técnica profesional (CTE) de alta calidad, desarrollo profesional y preparación para el trabajo. Nuestra misión es apoyar el éxito académico y profesional de los estudiantes, a la vez que contribuimos al desarrollo económico de California. Con nuestros programas integrales buscamos construir carreras exitosas y ayudar a las personas a alcanzar sus metas profesionales. Colaboramos con escuelas locales, colegios comunitarios y socios de la industria para ofrecer una transición sin tropiezos al mundo laboral o a estudios superiores, de modo que nuestros estudiantes estén bien preparados para el futuro. Únase a Valley ROP y permítanos ayudarle a construir su carrera.',
      ],
    },
  },
  history: {
    anchor: 'history-rop',
    title: { en: 'The History of ROP', es: 'La historia de los ROP' },
    paragraphs: {
      en: [
        'Regional Occupational Centers and Regional Occupational Programs, which operate throughout the state of California as part of the Department of Education, were formed in the 1960s to provide high-quality career technical education to a large number of the population that cannot be provided for adequately, efficiently, and economically by a single school or district. High school freshmen students through adults are served. High school students who take ROCP courses to supplement their curriculum receive high school credits.',
      ],
      es: [
        'Los Centros Ocupacionales Regionales y los Programas Ocupacionales Regionales, que funcionan en todo el estado de California como parte del Departamento de Educación, se crearon en la década de 1960 para ofrecer educación técnica profesional de alta calidad a una gran parte de la población, a la que una sola escuela o distrito no puede atender de manera adecuada, eficiente y económica. Se atiende desde estudiantes de primer año de preparatoria hasta adultos. Los estudiantes de preparatoria que toman cursos de ROCP para complementar su plan de estudios reciben créditos de preparatoria.',
      ],
    },
  },
  overview: {
    anchor: 'rop-overview',
    title: { en: 'Valley ROP Overview', es: 'Panorama de Valley ROP' },
    paragraphs: {
      en: [
        'Valley Regional Occupational Program was established in 1971 as a Joint Powers Agreement ROP between Cutler-Orosi, Dinuba, Kings Canyon, Kingsburg Joint Union High School, Parlier, Sanger, and Selma School Districts. See our districts page to learn more about each of our partnering districts. Valley ROP functions as a separate school district within the Fresno County Office of Education.',
        'For the 2018-19 school year, Valley ROP currently serves over 6,300 students throughout our seven partnering districts. The 2018-19 budget of $2.2 million supports the entire operation of Valley ROP. Valley ROP and member districts enjoy a unique partnership that allows and encourages program development with a strong emphasis on instruction and classroom support.',
        'High school students who take ROCP courses to supplement their curriculum receive high school credits. Valley ROP also provides a wide offering of Dual Enrollment Courses through the partnership with State Center Community College and College of the Sequoias. During the 2018-2019 school year, Valley ROP offered 201 Dual Enrollment courses and over 3,500 students were able to take advantage of the benefits of the program.',
      ],
      es: [
        'El Programa Ocupacional Regional del Valle se estableció en 1971 como un ROP de Acuerdo de Poderes Conjuntos (Joint Powers Agreement) entre los distritos escolares de Cutler-Orosi, Dinuba, Kings Canyon, Kingsburg Joint Union High School, Parlier, Sanger y Selma. Consulte nuestra página de distritos para saber más sobre cada uno de nuestros distritos asociados. Valley ROP funciona como un distrito escolar independiente dentro de la Oficina de Educación del Condado de Fresno.',
        'En el ciclo escolar 2018-19, Valley ROP atiende a más de 6,300 estudiantes en nuestros siete distritos asociados. El presupuesto de 2018-19, de 2.2 millones de dólares, sostiene toda la operación de Valley ROP. Valley ROP y los distritos miembros mantienen una alianza única que permite y fomenta el desarrollo de programas, con un fuerte énfasis en la enseñanza y el apoyo en el salón de clases.',
        'Los estudiantes de preparatoria que toman cursos de ROCP para complementar su plan de estudios reciben créditos de preparatoria. Valley ROP también ofrece una amplia variedad de cursos de doble inscripción (Dual Enrollment) gracias a su alianza con State Center Community College y College of the Sequoias. Durante el ciclo escolar 2018-2019, Valley ROP ofreció 201 cursos de doble inscripción y más de 3,500 estudiantes aprovecharon los beneficios del programa.',
      ],
    },
  },
};
