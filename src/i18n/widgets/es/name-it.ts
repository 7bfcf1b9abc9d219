// Las palabras del registro «Nómbralo para calmarlo», en español.
// Un registro guardado conserva la palabra en inglés (la clave); aquí se
// muestra en español. Las emociones de la lista son sustantivos o frases con
// «que», para que la frase «Ahora mismo siento…» se lea bien en voz alta y sin
// marcar género.
import type { NameItWords } from '../en/name-it';

import { es as text } from './name-it-text';

export const es: NameItWords = {
  ...text,
  island: {
    saved: 'Registro guardado.',
    notLoaded: 'No se pudieron cargar tus registros anteriores. Siguen guardados. Revisa tu conexión y vuelve a cargar la página.',
    loading: 'Cargando tus registros…',
  },
  steps: {
    heading: (step, title) => `Paso ${step} de 4: ${title}`,
    titles: ['Nómbralo', '¿Qué tan fuerte es?', 'Dilo', 'Tu próximo paso pequeño'],
    back: 'Atrás',
  },
  name: {
    intro: 'Elige todas las palabras que encajen, o escribe las tuyas. Con que se acerque, basta.',
    noneChosen: 'Elige o escribe al menos una palabra. «Algo que todavía no puedo nombrar» también cuenta.',
    alreadyChosen: (word) => `«${word}» ya está elegida.`,
    full: (max) => `Ya tienes ${max} palabras. Quita una para agregar otra.`,
    added: (word) => `Agregaste «${word}».`,
    removed: (word) => `Quitaste «${word}».`,
    notListed: (word) => `Ninguna palabra de la lista contiene «${word}». Añádela como tu propia palabra.`,
    next: 'Siguiente: qué tan fuerte',
    find: 'Busca una emoción, o escribe la tuya',
    add: (word) => `Agregar «${word}»`,
    findHint: 'La lista de abajo se acorta mientras escribes. Presiona Enter para agregar la palabra.',
    chosen: 'Elegiste:',
    remove: (word) => `Quitar «${word}»`,
  },
  strength: {
    howStrong: (word) => `¿Qué tan fuerte es «${word}»?`,
    craving: '¿Hay ganas intensas de consumir o algún impulso? ¿Qué tan fuertes?',
    cravingHint: 'Déjalo en blanco si no hay. Un 0 también está bien.',
    where: '¿En qué parte del cuerpo lo sientes?',
    elsewhere: 'En otra parte',
    trigger: '¿Qué lo provocó?',
    triggerHint: 'Un lugar, una persona, un momento del día, un pensamiento. Con unas pocas palabras basta.',
    next: 'Siguiente: dilo',
  },
  scale: '0 = casi nada, 10 = lo más fuerte posible.',
  say: {
    aloud: 'Léelo en voz alta, o dilo despacio en tu mente. Luego suelta el aire.',
    anotherLine: 'Mostrar otra frase amable',
    ownWords: 'O escríbelo con tus propias palabras',
    next: 'Siguiente: un paso pequeño',
  },
  next: {
    need: '¿Qué necesito ahora?',
    elsewhere: 'Otra cosa',
    ideas: 'Ideas que encajan. Elige una para usarla:',
    oneThing: 'Una cosa que voy a hacer en los próximos diez minutos',
    portfolio: 'Más ideas para este momento en mi portafolio social',
    safetyPlan: 'Mi plan de seguridad, para los momentos más duros',
    finish: 'Terminar el registro',
    saved: 'Registro guardado.',
  },
  help: {
    dangerLead: 'Eso suena muy pesado, y tú importas.',
    danger:
      'Gracias por ponerlo en palabras. No tienes que cargar con esto a solas. Si sientes que podrías hacer algo para quitarte la vida o hacerte daño, llama ahora a tu número de emergencias, o habla hoy con una línea de crisis. Son gratuitas, y están ahí justo para esto.',
    cravingLead: 'Estas ganas o este impulso son fuertes.',
    craving: 'No tienes que aguantarlo a solas. Busca a alguien ahora, o usa tu plan para los momentos difíciles.',
    helpNow: 'Ayuda ahora: líneas gratuitas para llamar o escribir',
    safetyPlan: 'Mi plan de seguridad',
    overdose: 'Si consumes: cómo protegerte mejor de una sobredosis',
  },
};
