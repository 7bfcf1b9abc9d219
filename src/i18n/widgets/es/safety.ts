// Las palabras de la sección sobre sobredosis, en español. Son palabras de
// seguridad: deben decir exactamente lo mismo que ../en/safety.ts. Los números,
// los nombres de los países y cómo comunicarse con cada línea salen siempre de
// src/lib/helplines.ts.
import type { SafetyWords } from '../en/safety';

export const es: SafetyWords = {
  heading: 'Sobredosis: cómo seguir con vida si consumes opioides',
  intro:
    'Cualquier paso que te mantenga con vida es un buen paso. Puedes usar todo esto aunque no estés listo o lista para dejar de consumir, y no tienes que darle explicaciones a nadie.',
  toleranceHeading: 'Después de una pausa, tu cuerpo aguanta menos',
  tolerance:
    'Si llevas un tiempo sin consumir, tu tolerancia puede bajar, a veces más rápido de lo que esperas. Esto pasa después de un tratamiento, de la cárcel, de una estadía en el hospital o de una temporada sin consumir. La cantidad que consumías antes ahora puede detener tu respiración. Por eso, la primera vez que consumes después de una pausa es la más peligrosa. Si consumes, usa mucho menos que antes, y ve despacio.',
  aloneHeading: 'Trata de no consumir a solas',
  alone:
    'Si alguien está contigo, puede pedir ayuda y darte naloxona. Si consumes a solas, pídele a alguien de confianza que esté pendiente de ti, y deja la puerta sin llave. En algunos lugares, una línea telefónica gratuita se queda en la llamada y envía ayuda si dejas de responder:',
  naloxoneHeading: 'Lleva naloxona contigo',
  naloxone:
    'La naloxona es un medicamento que revierte una sobredosis de opioides por un rato corto. Viene en aerosol nasal (Narcan es una marca) o en inyección. No le hace daño a alguien que no tomó opioides, así que, si tienes dudas, dásela. En EE. UU. puedes comprar el aerosol nasal en farmacias sin receta. En muchos otros lugares, los servicios de atención por consumo de drogas, los programas de agujas y jeringas y las farmacias la dan, muchas veces gratis: pregunta. Guárdala donde las personas que te rodean puedan encontrarla, y muéstrales cómo se usa.',
  signsHeading: 'Señales de una sobredosis de opioides',
  signs: {
    wake: 'La persona no se despierta, o no responde cuando le gritas su nombre o le frotas fuerte el esternón.',
    breathing: 'Su respiración es muy lenta o superficial, o se detuvo, o hace ruidos como ronquidos o gorgoteos.',
    colour: 'Los labios o las puntas de los dedos se le ponen azules o grises.',
    pupils: 'Las pupilas (el centro negro de los ojos) se ven diminutas, como la punta de un alfiler.',
  },
  whatHeading: 'Qué hacer',
  steps: {
    call: 'Llama al número de emergencias',
    callRest: (numbers) => ` de inmediato (${numbers}). Di que alguien no respira o no se despierta.`,
    naloxone: 'Dale naloxona',
    naloxoneRest: ' si la tienes. Si no hay ningún cambio después de dos o tres minutos, dale una segunda dosis.',
    recovery: 'Pon a la persona en la posición de recuperación',
    recoveryRest:
      ': de lado, con la rodilla de arriba doblada y la cabeza inclinada hacia atrás para que pueda respirar. Si no respira, la persona que atiende la llamada de emergencia te dirá qué hacer.',
    stay: 'Quédate con la persona',
    stayRest: ' hasta que llegue la ayuda. El efecto de la naloxona puede pasarse antes que el de los opioides, así que la sobredosis puede volver.',
  },
  fentanylHeading: 'Fentanilo en las drogas que se venden',
  fentanyl:
    'Ahora el fentanilo y otros opioides muy fuertes vienen mezclados en muchas drogas de la calle, incluso en pastillas hechas para parecer medicamentos recetados y en drogas que ni siquiera son opioides. No puedes verlos, olerlos ni saborearlos. Las tiras reactivas de fentanilo pueden mostrar si una droga tiene fentanilo. Son legales en muchos lugares, pero no en todos; los servicios de atención por consumo de drogas muchas veces las dan.',
  helpNow: 'Ayuda ahora',
  helpNowAfter: ' reúne líneas gratuitas sobre drogas y alcohol, y para una crisis, en el lugar donde vives.',
};
