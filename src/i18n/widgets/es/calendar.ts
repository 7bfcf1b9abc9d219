// Las palabras de «Agregar al calendario», en español, y el texto que se
// escribe en el archivo de calendario para las personas.
import type { CalendarWords } from '../en/calendar';

const HIDDEN_TITLE = 'Plan personal';

export const es: CalendarWords = {
  button: 'Agregar al calendario',
  buttonLabel: (name) => `Agregar al calendario: ${name}`,
  downloaded: (adds) => `Se descargó el archivo de calendario. Ábrelo para agregar ${adds} a tu calendario.`,
  failed: 'No se pudo crear el archivo de calendario. Revisa tu conexión y vuelve a cargar la página.',
  hideDetails: `Ocultar detalles, para un calendario que otras personas pueden ver (el evento solo muestra «${HIDDEN_TITLE}»)`,
  file: {
    hiddenTitle: HIDDEN_TITLE,
    backup: (backup) => `Si esto no se da: ${backup}`,
    timesAWeek: (n) => (n === 1 ? 'Una vez por semana' : n === 2 ? 'Dos veces por semana' : `${n} veces por semana`),
    where: (where) => `Dónde: ${where}`,
    when: (when) => `Cuándo: ${when}`,
    howLong: (howLong) => `Cuánto tiempo: ${howLong}`,
  },
};
