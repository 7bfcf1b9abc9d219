// Las palabras de la escalera que necesitan su resumen y su lógica, en español.
import type { LadderTextWords } from '../en/ladder-text';

import { wordsIn } from '../../../lib/words';

const { count } = wordsIn('es');

export const es: LadderTextWords = {
  starters: {
    thinkingOfYou: 'Mandarle a alguien un mensaje corto de «me acordé de ti»',
    shareMoment: 'Contarle a alguien un momento pequeño de mi día',
    sitTogether: 'Estar con alguien sin necesidad de hablar',
    invite: 'Hacer una invitación sencilla, como una caminata corta',
    askHelp: 'Pedirle a alguien una pequeña ayuda práctica',
    sayHello: 'Saludar a una persona nueva en una reunión',
    coffee: 'Tomar un café de 30 minutos con un compañero o compañera',
    classToEnd: 'Ir a una clase y quedarme hasta el final',
  },
  summary: {
    step: (n, what) => `Paso ${n}: ${what || '(todavía sin escribir)'}`,
    notRated: 'todavía sin nivel',
    expected: (rating) => `nivel de miedo esperado ${rating}`,
    where: (where) => `dónde: ${where}`,
    when: (when) => `cuándo: ${when}`,
    plannedFor: (date) => `planeado para el ${date}`,
    howLong: (howLong) => `cuánto tiempo: ${howLong}`,
    safety: (safety) => `conductas de seguridad que voy a dejar: ${safety}`,
    climbedOn: (date) => `superado el ${date}`,
    tries: (n) => count(n, 'intento', 'intentos'),
    ratings: (date, before, peak, after) => `${date}: miedo antes ${before}, en el punto más alto ${peak}, después ${after}`,
    feared: (text) => `Lo que temía: ${text}`,
    happened: (text) => `Lo que pasó: ${text}`,
    lookingBack: (text) => `Al mirar atrás: ${text}`,
    ladder: (n) => `Escalera ${n}`,
    noSteps: 'Todavía no hay pasos.',
    goal: (name) => `Meta: ${name}`,
    stepHeading: (name, n, what) => `${name}, paso ${n}: ${what}`,
  },
};
