// Las palabras del planificador del portafolio social, en español. Las
// respuestas guardadas conservan los ids de las opciones ("low", "company",
// "weekly"); aquí solo están sus etiquetas.
import type { PortfolioWords } from '../en/portfolio';
import type { Energy, Mood } from '../../../workbook/kinds/portfolio-options';

import { wordsIn } from '../../../lib/words';

const { choose } = wordsIn('es');

const ENERGY_TEXT: Record<Energy, string> = { low: 'energía baja', medium: 'energía media', high: 'energía alta' };
/** A mood after "estás": "estás con ansiedad". */
const MOOD_TEXT: Record<Mood, string> = { low: 'con el ánimo bajo', anxious: 'con ansiedad', okay: 'regular', good: 'bien' };
const FALLS_THROUGH = 'Si esto no se da';

import { es as text } from './portfolio-text';

export const es: PortfolioWords = {
  ...text,
  card: {
    noName: 'Todavía sin nombre',
    edit: 'Editar',
    editLabel: (name) => `Editar ${name}`,
    remove: 'Quitar',
    removeLabel: (name) => `Quitar ${name}`,
    calendarAdds: 'el plan',
    calendarFile: 'mi-plan.ics',
  },
  editor: {
    nameLabel: { person: 'Nombre o apodo', activity: '¿Qué es?' },
    nameHint: {
      person: 'Basta con un nombre o un apodo.',
      activity: 'Por ejemplo: una caminata con alguien del barrio, una clase cada semana, un grupo en línea.',
    },
    circle: { person: 'Cómo conoces a esta persona', activity: 'Con quién te conecta' },
    energy: 'Energía que necesita',
    moods: 'Estados de ánimo para los que sirve',
    moodsHint: 'Déjalos todos sin marcar si sirve para cualquier estado de ánimo.',
    gives: 'Lo que te aporta',
    often: 'Cada cuánto',
    thisWeek: '¿Es esta semana?',
    yesThisWeek: 'Sí, esta semana',
    noNextWeek: 'No, la próxima semana',
    monthWeek: '¿Qué semana del mes?',
    days: 'Qué días',
    time: 'Hora (si hay una hora fija)',
    backup: FALLS_THROUGH,
    backupHint: 'Tu plan B. Por ejemplo: escribirle a Sam, o entrar a la reunión en línea.',
    done: 'Listo',
  },
  list: {
    heading: 'Tu gente y tus actividades',
    empty: 'Todavía no hay nada aquí. Empieza con lo que ya tienes: una persona, algo que haces.',
    removeQuestion: (name, type) => `¿Quitar ${type === 'person' ? 'a ' : ''}${name} de tu portafolio?`,
    removeYes: 'Sí, quitar',
    removed: (name) => `${name} ya no está en tu portafolio.`,
    addPerson: 'Agregar una persona',
    addActivity: 'Agregar una actividad',
    full: (max) => `El planificador no admite más (${max} como máximo). Quita algo para poder agregar otra cosa.`,
    loadFailed: 'Esta parte del planificador no se pudo cargar. Lo que guardaste está a salvo. Revisa tu conexión y vuelve a cargar la página.',
  },
  now: {
    heading: 'Ahora mismo',
    hint: 'Elige cómo estás hoy. Verás hasta tres cosas que te sirvan, primero las más fáciles, cada una con su plan B.',
    energy: 'Tu energía hoy',
    mood: 'Tu ánimo hoy',
    ideasFit: (n) => choose(n, `${n} idea te sirve ahora mismo, primero la más fácil.`, `${n} ideas te sirven ahora mismo, primero las más fáciles.`),
    nothingFits: 'Todavía no hay nada en tu portafolio que te sirva ahora mismo.',
    markedDone: (name) => `${name}: marcado como hecho hoy. Bien hecho.`,
    unmarked: (name) => `${name}: ya no está marcado como hecho hoy.`,
    empty: 'Todavía no hay nada en tu portafolio. Agrega una persona o una actividad más abajo y aquí aparecerán ideas.',
    noFit: (energy, mood) =>
      `Todavía no hay nada en tu portafolio para un día de ${ENERGY_TEXT[energy]} en que estás ${MOOD_TEXT[mood]}. Agrega algo pequeño que te sirva, como un mensaje a alguien que te entienda.`,
    ideas: 'Ideas para ahora mismo',
    noBackup: 'Todavía no escribiste un plan B para esta.',
    doneToday: 'Hecho hoy.',
    undo: 'Deshacer',
    undoLabel: (name) => `Deshacer: ${name} hecho hoy`,
    didThis: 'Lo hice',
    didThisLabel: (name) => `Lo hice: ${name}`,
    unsafe: { before: 'Si no te sientes a salvo, ', after: ' tiene líneas gratuitas a las que puedes llamar o escribir.' },
  },
  helpNow: 'Ayuda ahora',
  week: {
    heading: 'Tu semana',
    hint: 'Aquí aparecen los planes con un día fijo, con su plan B. Imprímela y pégala en el refrigerador.',
    anyDay: 'Cualquier día',
    nextWeekOnly: (plans) => `La próxima semana, no esta: ${plans}.`,
    notThisWeek: (plans) => `Esta semana no: ${plans}.`,
    print: 'Imprimir la semana para el refrigerador',
    calendarName: 'todos los planes de tu semana',
    calendarAdds: 'los planes de tu semana',
    calendarFile: 'mi-semana.ics',
  },
  starters: {
    heading: 'Frases para empezar a conversar',
    label: 'Tus frases para los momentos de nervios',
    hint: 'Frases ligeras y neutrales. Por ejemplo: «¿Cómo empezaste con esto?», «¿Estás viendo algo bueno?», «¿Hace mucho que vienes aquí?»',
    itemLabel: 'Inicio de conversación',
  },
  balance: {
    heading: 'Equilibrio',
    empty: 'Cuando agregues personas y actividades, aquí verás cómo se reparten y qué podría faltar.',
    areas: 'De dónde viene tu apoyo',
    gives: 'Lo que te aporta',
    goodSpread: 'Un buen reparto. Vuelve a mirarlo cada vez que tu vida cambie.',
    untilThen: { before: 'Mientras tanto, ', after: ' tiene líneas gratuitas a las que puedes llamar o escribir.' },
    prompts: {
      noBadDay:
        'Todavía no hay nadie aquí a quien contactar en un día difícil. Piensa en una persona que conteste, mantenga la calma y no te juzgue: una amistad, tu padrino o madrina, un consejero o consejera. Añádela y marca «Con el ánimo bajo» en los estados de ánimo para los que sirve.',
      oneCarries: (name, load, total) =>
        `${name} sostiene la mayor parte de tu plan (${load} de ${total} planes y planes B). Una persona o actividad más repartiría la carga, y eso es mejor para ambos.`,
      missingArea: {
        family:
          'Todavía no hay familia ni viejas amistades aquí. Es algo común, y puede doler. Cuando te sientas con ganas, un mensaje corto a alguien de tu familia o a una vieja amistad ya cuenta.',
        peers: 'Todavía no hay otras personas en recuperación aquí. Una reunión, un grupo en línea o un padrino o madrina son buenas formas de empezar.',
        professionals:
          'Todavía no hay profesionales aquí. Un médico, una consejera, un trabajador social o alguien de la farmacia están ahí incluso cuando tus amistades están ocupadas.',
        community: 'Todavía no hay nada de tu comunidad. Una clase, una biblioteca, un grupo de fe o un turno de voluntariado te dan un lugar adonde ir.',
      },
      noLowEnergy: 'Nada aquí necesita poca energía. Agrega algo que podrías hacer en un día sin fuerzas, como un mensaje o una caminata donde haya gente.',
      missingGives: (gives) => `Todavía nada aquí te da ${gives}.`,
      noBackup: (names, n) => `${names} todavía no ${choose(n, 'tiene', 'tienen')} plan B. Con un plan B, es más fácil aceptar que un plan se cancele.`,
      noEnergy: (names, n) => `«Ahora mismo» no puede sugerir ${names} hasta que elijas la energía que ${choose(n, 'necesita', 'necesita cada uno')}.`,
    },
  },
  goal: {
    heading: 'La meta de esta semana',
    label: 'Mi meta para esta semana',
    hint: 'Pequeña y clara, para que sepas cuándo la cumpliste. Por ejemplo: empezar una conversación nueva, o ir a dos reuniones.',
    howMany: 'Cuántas veces esta semana',
    calendarName: 'tu meta semanal',
    calendarAdds: 'tu meta',
    calendarFile: 'mi-meta.ics',
    ticked: 'Cumplidas esta semana',
    tick: (n, of) => `${n} de ${of}`,
    kept: 'Cumpliste tu meta esta semana. Bien hecho.',
    soFar: (ticks, target) => `${ticks} de ${target} en lo que va de la semana.`,
    weeksKept: (n) => `Semanas en que cumpliste tu meta: ${n}.`,
    doneThisWeek: (done) => `De tu portafolio esta semana: ${done}.`,
    winsLabel: 'Pequeños logros de esta semana',
    winsHint: 'Una risa, un plan hecho, un nombre que recordaste.',
    winLabel: 'Logro',
  },
};
