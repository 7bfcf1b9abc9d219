// Las palabras del portafolio que necesitan su resumen y su lógica, en español.
import type { PortfolioTextWords } from '../en/portfolio-text';
import type { Energy, Give, Mood, Often } from '../../../workbook/kinds/portfolio-options';

import { wordsIn } from '../../../lib/words';

const { listWords } = wordsIn('es');

const DAYS = ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'];
const days = DAYS.map((d) => d.toLowerCase());
const OFTEN: Record<Often, string> = {
  sometimes: 'De vez en cuando',
  weekly: 'Cada semana',
  fortnightly: 'Cada dos semanas',
  monthly: 'Una vez al mes',
};
const often = Object.fromEntries(Object.entries(OFTEN).map(([k, v]) => [k, v.toLowerCase()])) as Record<Often, string>;
const ENERGY_TEXT: Record<Energy, string> = { low: 'energía baja', medium: 'energía media', high: 'energía alta' };
/** A mood after "estás": "estás con ansiedad". */
const MOOD_TEXT: Record<Mood, string> = { low: 'con el ánimo bajo', anxious: 'con ansiedad', okay: 'regular', good: 'bien' };
const FALLS_THROUGH = 'Si esto no se da';

export const es: PortfolioTextWords = {
  and: (items) => listWords(items),
  or: (items) => listWords(items, 'or'),
  options: {
    energy: { low: 'Baja', medium: 'Media', high: 'Alta' },
    mood: { low: 'Con el ánimo bajo', anxious: 'Con ansiedad', okay: 'Regular', good: 'Bien' },
    gives: {
      company: 'Compañía',
      heard: 'Que te escuchen',
      practical: 'Ayuda práctica',
      fun: 'Diversión',
      accountability: 'Compromiso',
      purpose: 'Propósito',
    },
    circle: {
      family: 'Familia',
      friend: 'Amistad',
      peer: 'Persona en recuperación o padrino/madrina',
      professional: 'Profesional',
      community: 'Comunidad',
    },
    activityCircle: {
      family: 'Familia o amistades',
      peer: 'Otras personas en recuperación',
      professional: 'Profesionales',
      community: 'Comunidad',
    },
    often: OFTEN,
    days: DAYS,
    monthWeeks: ['Primera (del 1 al 7)', 'Segunda (del 8 al 14)', 'Tercera (del 15 al 21)', 'Cuarta (del 22 al 28)'],
    areas: {
      family: 'Familia y amistades',
      peers: 'Personas en recuperación',
      professionals: 'Profesionales',
      community: 'Comunidad',
    },
  },
  item: {
    kind: { person: 'Persona', activity: 'Actividad' },
    unnamed: { person: 'persona sin nombre', activity: 'actividad sin nombre' },
    energy: ENERGY_TEXT,
    moods: MOOD_TEXT,
    gives: {
      company: 'compañía',
      heard: 'alguien que te escuche',
      practical: 'ayuda práctica',
      fun: 'diversión',
      accountability: 'compromiso',
      purpose: 'propósito',
    } satisfies Record<Give, string>,
    fallsThrough: (backup) => `${FALLS_THROUGH}: ${backup}`,
    days,
    /** "Los martes", "los sábados". */
    daysOn: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábados', 'domingos'],
    /** "El martes y el viernes de la segunda semana". */
    daysInMonth: days.map((d) => `el ${d}`),
    monthWeeks: ['primera', 'segunda', 'tercera', 'cuarta'],
    schedule: {
      sometimes: (list) => `${often.sometimes}, los ${list}`,
      weekly: (list) => `${often.weekly} los ${list}`,
      fortnightly: (list) => `${often.fortnightly} los ${list}`,
      monthly: (list, week) => `${often.monthly}, ${list} de la ${week} semana`,
    },
    /** "a las 19:00", "a la 01:30". */
    at: (time) => (time.startsWith('01:') ? ` a la ${time}` : ` a las ${time}`),
    often: {
      sometimes: often.sometimes,
      weekly: often.weekly,
      fortnightly: often.fortnightly,
      monthly: (week) => `${often.monthly}, ${week} semana`,
    },
    aside: (name, note) => `${name} (${note})`,
    weekStarting: (date) => `Semana del ${date}`,
  },
  summary: {
    people: 'Personas',
    activities: 'Actividades',
    week: 'Semana',
    starters: 'Frases para empezar a conversar',
    goal: 'Meta semanal',
    fallsThrough: (backup) => `${FALLS_THROUGH.toLowerCase()}: ${backup}`,
    suits: (moods) => `para cuando estás ${moods}`,
    gives: (gives) => `te da ${gives}`,
    goalLine: (text, target) => `Meta: ${text} (${target} por semana)`,
    weeksKept: (n) => `Semanas cumplidas: ${n}`,
    weekLine: (week, ticks, target) => `Semana del ${week}: ${ticks} de ${target}`,
    wins: (wins) => `; logros: ${wins}`,
  },
};
