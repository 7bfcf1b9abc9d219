// How to reach a help line, in English: the words on its buttons and in a
// safety plan's list. Used on the server (Help now) and in islands (the
// overdose section), so it stays apart from the site's catalogue.
import type { Words } from '../words';

export const en = {
  call: (number: string) => `Call ${number}`,
  callThen: (number: string, option: string) => `Call ${number}, then press ${option}`,
  text: (number: string) => `Text ${number}`,
  textWord: (word: string, number: string) => `Text ${word} to ${number}`,
  tty: (number: string) => `TTY ${number}`,
  emergencyRow: (numbers: string) => `Emergency: ${numbers}`,
  elsewhereRow: (name: string, site: string) => `${name}, lines in many countries: ${site}`,
};

export type ContactWords = Words<typeof en>;
