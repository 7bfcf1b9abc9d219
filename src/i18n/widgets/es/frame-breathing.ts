// Las palabras del temporizador de respiración, en español.
import type { FrameBreathingWords } from '../en/frame-breathing';

export const es: FrameBreathingWords = {
  breathing: {
    in: 'Inhala',
    out: 'Exhala',
    paused: 'En pausa.',
    finishedSpoken: 'Terminaste. Tómate un momento para notar cómo te sientes, y anótalo abajo si quieres.',
    heading: 'Temporizador de respiración',
    howLong: 'Cuánto tiempo',
    minutes: (m) => (m === 1 ? '1 minuto' : `${m} minutos`),
    pace: 'Ritmo',
    paces: { slow: 'Inhala en 4, exhala en 6', shorter: 'Inhala en 3, exhala en 4 (respiraciones más cortas)' },
    done: 'Listo',
    ready: 'Preparado',
    finished: 'Terminado',
    left: (time) => `Quedan ${time}`,
    pause: 'Pausa',
    resume: 'Seguir',
    startAgain: 'Empezar de nuevo',
    start: 'Empezar',
    stop: 'Detener',
  },
};
