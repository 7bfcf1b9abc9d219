// Las palabras de Mi cuaderno (copia de seguridad, restaurar, imprimir, borrar
// todo), de los formularios del bloqueo con código, de los resúmenes de
// respuestas y de la tarjeta de bolsillo, en español.
import type { WorkbookWords } from '../en/workbook';

import { wordsIn } from '../../../lib/words';

const { choose, count } = wordsIn('es');

export const es: WorkbookWords = {
  page: {
    storageBlocked:
      'Este navegador no deja que el sitio guarde nada, así que aquí no se puede guardar ni restaurar nada. Puede deberse a la navegación privada o a un ajuste de almacenamiento.',
  },
  lock: {
    heading: 'Bloquear mis respuestas con un código',
    checking: 'Revisando si hay un bloqueo…',
    offIntro:
      'Si otra persona puede usar este dispositivo, un código hace que no pueda leer tus respuestas. Tus respuestas se cifran en este dispositivo, y el sitio se bloquea solo después de un rato.',
    helpLink: 'Qué protege el bloqueo, y qué no',
    setPasscode: 'Poner un código',
    turnedOn: 'El bloqueo está activado. Tus respuestas se guardan cifradas en este dispositivo, y quedan abiertas en esta pestaña hasta que las bloquees.',
    turnedOff: 'El bloqueo está desactivado. Tus respuestas se guardan como antes, sin código.',
    unlockedIntro: 'Tus respuestas están bloqueadas con un código. Quedan abiertas en esta pestaña hasta que las bloquees o salgas del sitio.',
    lockedNow: 'Bloqueado. Tus respuestas necesitan tu código otra vez.',
    lockNow: 'Bloquear ahora',
    turnOff: 'Desactivar el bloqueo',
    unlockFailed: 'El formulario para desbloquear no se pudo cargar. Revisa tu conexión y vuelve a cargar la página.',
    unlockIntro: 'Tus respuestas en este dispositivo están bloqueadas. Desbloquéalas para verlas, hacer una copia de seguridad o imprimirlas.',
    idleLegend: 'Volver a bloquear tras no usarlo durante',
    idle: { 5: '5 minutos', 15: '15 minutos', 60: '1 hora' },
    idleSaved: (time) => `Ahora el bloqueo se cierra después de ${time} sin uso.`,
    idleNotSaved: 'No se pudo guardar ese ajuste. Este navegador no dejó que el sitio guardara nada.',
    tooShort: (min) => `Usa al menos ${min} caracteres. Una frase corta es segura y fácil de recordar.`,
    notSame: 'Los dos códigos no son iguales. Escríbelos otra vez.',
    noWayBack: 'No hay forma de recuperar un código olvidado.',
    noWayBackMore: 'Ni siquiera nosotros podemos abrir tus respuestas sin él. Si lo olvidas, la única salida es borrar todo en este dispositivo.',
    backupFirst: 'Una copia de seguridad que descargues antes de poner el código sigue funcionando, así que quizá quieras descargar una primero (más abajo).',
    newPasscode: 'Código nuevo',
    newHint: (min) => `Al menos ${min} caracteres. Más largo es más seguro: una frase corta funciona bien.`,
    repeat: 'El mismo código otra vez',
    locking: 'Bloqueando tus respuestas…',
    turnOn: 'Activar el bloqueo',
    cancel: 'Cancelar',
    yourPasscode: 'Tu código',
    turningOff: 'Desactivando…',
    keepLock: 'Mantener el bloqueo',
    offWarning: 'Al desactivar el bloqueo, tus respuestas se vuelven a guardar sin cifrar, como antes. Cualquier persona que use este dispositivo podría leerlas.',
  },
  refusal: {
    wrongPasscode: 'Ese código no es correcto. Revísalo e inténtalo de nuevo.',
    wait: (seconds) => `Demasiados intentos fallidos seguidos. Para proteger tus respuestas, espera ${count(seconds, 'segundo', 'segundos')} y vuelve a intentarlo.`,
    storage:
      'Este navegador no dejó que el sitio terminara de guardar, así que no se cambió nada. Tus respuestas siguen como estaban. Si el dispositivo está lleno, libera espacio e inténtalo de nuevo.',
    alreadyOn: 'El bloqueo ya está activado (quizá desde otra pestaña). Vuelve a cargar la página para verlo.',
    noLock: 'El bloqueo se desactivó (quizá desde otra pestaña). Vuelve a cargar la página para ver tus respuestas.',
  },
  passcode: {
    typeFirst: 'Primero escribe el código.',
  },
  unlock: {
    intro: 'Tus respuestas en este dispositivo están bloqueadas con un código. Si desbloqueas aquí, se abren en todas las páginas de esta pestaña.',
    label: 'Código',
    submit: 'Desbloquear',
    busy: 'Desbloqueando…',
    strong: 'Desbloquea para ver tus respuestas.',
  },
  unlockBackup: {
    label: 'Código de la copia de seguridad',
    submit: 'Abrir la copia de seguridad',
    busy: 'Abriendo…',
    cancel: 'Cancelar',
    strong: 'Esta copia de seguridad está bloqueada.',
    more: 'Escribe el código con el que se bloqueó. No se cambia nada hasta que veas lo que contiene.',
  },
  saved: {
    heading: 'Tus ejercicios guardados',
    loadFailed:
      'No se pudieron leer tus respuestas guardadas: una parte de esta página no se cargó. Siguen guardadas en este dispositivo. Revisa tu conexión y vuelve a cargar la página.',
    reading: 'Leyendo tus respuestas guardadas…',
    locked: 'Tus respuestas guardadas están bloqueadas. Desbloquéalas arriba para verlas aquí.',
    emptyBefore: 'Todavía no hay nada guardado en este dispositivo. Empieza con un',
    emptyLink: 'ejercicio',
    emptyAfter: '; tus respuestas aparecerán aquí.',
    done: 'Terminado',
    started: 'Empezado',
    lastChanged: (when) => `último cambio: ${when}`,
  },
  backup: {
    heading: 'Haz una copia de seguridad o lleva tu cuaderno a otro dispositivo',
    intro: 'Una copia de seguridad es un solo archivo con todas tus respuestas. Ábrelo en «Restaurar» en otro navegador o dispositivo para seguir ahí.',
    lockedNote: 'Desbloquea tus respuestas arriba para hacer una copia de seguridad o restaurar una.',
    lockedToo: 'Tu copia de seguridad también queda bloqueada con tu código: solo se abre con él, en cualquier dispositivo.',
    plainCopy: 'Descargar una copia sin bloqueo',
    plainWarning:
      'Una copia sin bloqueo no está protegida: cualquier persona que abra el archivo puede leer todas tus respuestas. Guárdala en un lugar al que solo tú puedas llegar.',
    downloadLocked: 'Descargar una copia de seguridad bloqueada',
    download: 'Descargar una copia de seguridad',
    restoreFrom: 'Restaurar desde una copia de seguridad',
    downloaded: (exercises) => `Copia de seguridad descargada con ${count(exercises, 'ejercicio', 'ejercicios')}. Guarda el archivo en un lugar privado.`,
    fileLocked: ' El archivo está bloqueado con tu código.',
    cannotOpen: 'No se pudo abrir ese archivo. No se cambió nada.',
  },
  backupFile: {
    tooLarge: 'Este archivo es demasiado grande para ser una copia de seguridad del cuaderno (el límite es 5 MB). No se cambió nada.',
    notJson: 'Este archivo no es una copia de seguridad del cuaderno: no se pudo leer como una. No se cambió nada.',
    notOurs: 'Este archivo no es una copia de seguridad del cuaderno de este sitio. No se cambió nada.',
    newer: 'Esta copia de seguridad se hizo con una versión más nueva de este sitio. No se cambió nada.',
    empty: 'Esta copia de seguridad no tiene respuestas. No se cambió nada.',
    unknownExercise: 'este sitio no tiene ningún ejercicio con ese nombre, así que se dejó fuera',
    unreadable: (problem) => `no se pudo leer (${problem}), así que se dejó fuera`,
    notLocked: 'Este archivo no es una copia de seguridad bloqueada del cuaderno. No se cambió nada.',
    wrongPasscode: 'Ese no es el código con el que se bloqueó esta copia de seguridad. Revísalo e inténtalo de nuevo.',
  },
  restore: {
    heading: 'Revisa antes de restaurar',
    made: (when) => `Copia de seguridad hecha el ${when}.`,
    actions: {
      add: 'Se va a agregar',
      replace: 'Va a reemplazar la respuesta más antigua de este dispositivo',
      'keep-device': 'Este dispositivo tiene una respuesta más nueva, que se va a conservar',
      same: 'Ya es igual en este dispositivo',
    },
    replaceAnyway: 'Reemplazarla de todos modos con la respuesta más antigua de la copia de seguridad',
    leftOut: 'Quedaron fuera:',
    label: (answers) => (answers === 0 ? 'Nada que restaurar' : `Restaurar ${count(answers, 'respuesta', 'respuestas')}`),
    cancel: 'Cancelar',
    restored: (answers, failed) =>
      failed
        ? `${choose(answers - failed, 'Se restauró', 'Se restauraron')} ${answers - failed} de ${count(answers, 'respuesta', 'respuestas')}. ${failed} no se ${choose(failed, 'pudo', 'pudieron')} guardar en este dispositivo.`
        : `${count(answers, 'respuesta restaurada', 'respuestas restauradas')}.`,
  },
  print: {
    heading: 'Imprimir mis respuestas',
    intro: 'Una copia ordenada de todo lo que escribiste, para guardarla o llevarla a una sesión.',
    button: 'Imprimir mis respuestas',
    printHeading: 'Mis respuestas',
  },
  unreadable: {
    heading: 'Respuestas que no se pudieron leer',
    intro: 'Se guardaron antes pero no se pudieron leer, así que cada una se apartó sin cambiarla. Puedes descargar el texto.',
    setAside: (when) => `(apartada el ${when})`,
    download: 'Descargar',
    deleteCopy: 'Borrar esta copia',
    question: '¿Borrar esta copia que no se pudo leer? Si quizá la quieras, descárgala primero.',
    yes: 'Sí, borrarla',
  },
  delete: {
    heading: 'Borrar todo en este dispositivo',
    intro:
      'Quita todas las respuestas, copias guardadas y ajustes que este sitio guardó en este navegador, y la copia del sitio guardada para leer sin conexión. No se puede deshacer.',
    button: 'Borrar todo en este dispositivo',
    confirmLabel: 'Confirmar que quieres borrar todo',
    yes: 'Sí, borrar todo',
    no: 'Conservar mis respuestas',
    question: '¿Borrar todas tus respuestas en este dispositivo? Si quizá las quieras, descarga antes una copia de seguridad.',
    all: 'Se borró todo lo que este sitio guardó en este dispositivo.',
    some: (failed) => `Se borraron casi todas las respuestas, pero ${failed} no se ${choose(failed, 'pudo', 'pudieron')} quitar.`,
    offline: ' También se borró la copia del sitio guardada para leer sin conexión; se vuelve a guardar la próxima vez que abras una página de este sitio.',
  },
  keeping: {
    granted: 'Este navegador aceptó conservar tus respuestas aunque al dispositivo le quede poco espacio.',
    denied: 'Este navegador podría borrar las respuestas guardadas si al dispositivo le queda poco espacio. Una copia de seguridad las mantiene a salvo.',
  },
  summary: {
    none: 'Todavía no hay respuestas guardadas.',
    lastChanged: (when) => `Último cambio: ${when}`,
    nothing: 'Todavía no hay nada escrito.',
  },
};
