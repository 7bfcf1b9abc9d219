// Cómo comunicarse con una línea de ayuda, en español.
import type { ContactWords } from '../en/contact';

export const es: ContactWords = {
  call: (number) => `Llama al ${number}`,
  callThen: (number, option) => `Llama al ${number} y marca ${option}`,
  text: (number) => `Envía un mensaje al ${number}`,
  textWord: (word, number) => `Envía ${word} al ${number}`,
  tty: (number) => `TTY ${number}`,
  emergencyRow: (numbers) => `Emergencias: ${numbers}`,
  elsewhereRow: (name, site) => `${name}, líneas de muchos países: ${site}`,
};
