// Las palabras del registro «Nómbralo para calmarlo», en español.
// Un registro guardado conserva la palabra en inglés (la clave); aquí se
// muestra en español. Las emociones de la lista son sustantivos o frases con
// «que», para que la frase «Ahora mismo siento…» se lea bien en voz alta y sin
// marcar género.
import type { NameItLaterWords } from '../en/name-it-later';

import { wordsIn } from '../../../lib/words';

const { count } = wordsIn('es');
const decimal = new Intl.NumberFormat('es');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const es: NameItLaterWords = {
  done: {
    heading: 'Registro guardado',
    yourNext: 'Tu próximo paso:',
    rerate: 'En unos minutos: ¿qué tan fuerte es ahora?',
    rerateHint: 'Vuelve después de tu próximo paso, o en cinco minutos, y califícalo otra vez. Si bajó, nombrarlo te ayudó. Si no, también vale la pena saberlo.',
    feelingNow: (word) => `«${word}» ahora`,
    cravingNow: 'Las ganas de consumir o el impulso ahora',
    itWas: (level) => `Antes era ${level}.`,
    startNew: 'Empezar un registro nuevo',
  },
  rerated: {
    feeling: (word) => `«${word}»`,
    craving: 'las ganas de consumir o el impulso',
    pair: (what, before, after) => `${what}: antes ${before}, ahora ${after}`,
    saved: (pairs) => `Guardado. ${capital(pairs)}.`,
  },
  patterns: {
    top: 'Las emociones que más aparecen',
    times: (n) => count(n, 'vez', 'veces'),
    beforeAfter: 'Antes y después de nombrarlas',
    yourFeelings: 'Tus emociones',
    theCraving: 'Las ganas de consumir o el impulso',
    noRerates: 'Después de un registro, vuelve a calificarlo unos minutos más tarde. Aquí verás si nombrar una emoción la hizo bajar.',
    change: (what, before, after, ratings, moves) =>
      `${what}: en promedio ${decimal.format(before)} al nombrarlas y ${decimal.format(after)} unos minutos después, en ${count(ratings, 'calificación', 'calificaciones')}. La calificación ${moves}.`,
    lower: (n) => `bajó ${count(n, 'vez', 'veces')}`,
    same: (n) => `quedó igual ${count(n, 'vez', 'veces')}`,
    higher: (n) => `subió ${count(n, 'vez', 'veces')}`,
    together: 'La soledad y las ganas de consumir o un impulso',
    whenLonely: (strong, craving, checkIns) =>
      `Cuando la soledad era fuerte (${strong} o más), las ganas de consumir o el impulso tuvieron un promedio de ${decimal.format(craving)} de 10 (${count(checkIns, 'registro', 'registros')}).`,
    otherTimes: (craving, checkIns) => `En otros momentos, el promedio fue de ${decimal.format(craving)} de 10 (${count(checkIns, 'registro', 'registros')}).`,
    neverLonely: (craving, checkIns) =>
      `Cuando no nombraste la soledad como fuerte, el promedio fue de ${decimal.format(craving)} de 10 (${count(checkIns, 'registro', 'registros')}).`,
    noCraving: 'Califica las ganas de consumir o el impulso en tus registros, aunque sea 0, para ver cómo se mueven junto con la soledad.',
  },
  chart: {
    label: 'La soledad y las ganas de consumir o el impulso, en promedio por semana, en una escala del 0 al 10. Los mismos números están en la tabla de abajo.',
    lonely: 'Soledad (línea continua, círculos)',
    craving: 'Ganas de consumir o impulso (línea de guiones, cuadrados)',
  },
  table: {
    summary: 'El gráfico como tabla',
    caption: 'Promedios por semana. Cada uno cuenta solo los registros que lo calificaron.',
    week: 'Semana del',
    checkIns: 'Registros',
    loneliness: 'Soledad',
    craving: 'Ganas de consumir o impulso',
  },
};
