// Las palabras del creador de planes para consejeros y de la página del plan, en español.
import type { CounsellorWords } from '../en/counsellor';
import { MAX_PLAN_ITEMS } from '../../../lib/plan';

import { wordsIn } from '../../../lib/words';

const { choose, count, listWords } = wordsIn('es');

export const es: CounsellorWords = {
  builder: {
    added: (title, n) => `Se agregó «${title}» como número ${n} de ${n}.`,
    moved: (title, to, of) => `«${title}» pasó al número ${to} de ${of}.`,
    removed: (title, left) => `Se quitó «${title}». ${choose(left, 'Queda', 'Quedan')} ${left} en el plan.`,
    pickLabel: 'Ejercicio para agregar',
    minutes: (minutes) => `unos ${minutes} min`,
    add: 'Agregar al plan',
    full: (max) => `Un plan tiene como máximo ${max} ejercicios.`,
    heading: (n, max, minutes) => `Tu plan (${n === 0 ? 'vacío' : `${n} de ${max} como máximo, unos ${minutes} min en total`})`,
    emptyHint: 'Agrega ejercicios en el orden en que la persona debe hacerlos.',
    moveUp: (title) => `Subir «${title}»`,
    moveDown: (title) => `Bajar «${title}»`,
    remove: (title) => `Quitar «${title}»`,
    linkLabel: 'Enlace para enviar',
    copy: 'Copiar el enlace del plan',
    open: 'Abrir el plan',
  },
  plan: {
    reading: 'Leyendo tu plan…',
    note: (unknown, overflow) => {
      const parts: string[] = [];
      if (unknown > 0) {
        parts.push(
          unknown === 1
            ? 'Un elemento de este enlace no es un ejercicio de este sitio, así que se dejó fuera. Puede que el enlace sea viejo o tenga un error.'
            : `${unknown} elementos de este enlace no son ejercicios de este sitio, así que se dejaron fuera. Puede que el enlace sea viejo o tenga un error.`,
        );
      }
      if (overflow > 0) {
        parts.push(
          `Un plan tiene como máximo ${MAX_PLAN_ITEMS} ejercicios, así que ${overflow === 1 ? 'el último se dejó fuera' : `los últimos ${overflow} se dejaron fuera`}.`,
        );
      }
      return parts.join(' ');
    },
    status: {
      'not-started': 'Sin empezar',
      started: 'Empezado',
      done: 'Terminado',
      unavailable: 'Todavía no se puede completar en pantalla',
      locked: 'Bloqueado: desbloquéalo en Mi cuaderno para ver tu progreso',
    },
    empty: 'Este enlace de plan no tiene ejercicios. Revisa que se haya copiado el enlace completo, o pídelo otra vez.',
    browseBefore: 'También puedes ver',
    browseLink: 'todos los ejercicios',
    browseAfter: '.',
    checking: 'Revisando tu progreso en este dispositivo…',
    progress: (exercises, done, started) =>
      `${count(exercises, 'ejercicio', 'ejercicios')}: ${count(done, 'terminado', 'terminados')}, ${count(started, 'empezado', 'empezados')}.`,
    about: (minutes) => `Unos ${minutes} min · de la guía`,
    bringHeading: 'Lleva tus respuestas a una sesión',
    printIntro:
      'Imprime tus respuestas a estos ejercicios, o guárdalas como PDF desde la ventana de impresión. Solo se imprime lo que está guardado en este dispositivo.',
    printButton: 'Imprimir mis respuestas de estos ejercicios',
    nothingToPrint: 'Todavía no hay nada para imprimir: ninguno de estos ejercicios tiene respuestas guardadas en este dispositivo.',
    editBefore: '¿Eres consejero o consejera?',
    editLink: 'Cambia este plan',
    editAfter: ' para enviar un enlace nuevo.',
    printHeading: 'Mis respuestas de este plan',
    planAt: (url) => `Enlace del plan: ${url}`,
    notStarted: (titles) => `Todavía sin empezar: ${listWords(titles)}.`,
  },
};
