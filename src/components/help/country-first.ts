// Help now in either language: CountryLines.astro loads this once per page.
// The nearest lines first, guessed from this browser's time zone and
// languages. Nothing is sent anywhere; the list above reaches every country.
import { browserCountry } from '../../lib/country';

const guess = browserCountry();
const section = guess && document.getElementById(`lines-${guess.toLowerCase()}`);
const note = document.getElementById('country-guess');
if (section && note) {
  section.parentElement!.prepend(section);
  // The words live in the page, so this script stays small.
  note.textContent = guess === 'elsewhere' ? note.dataset.elsewhere! : section.querySelector('h2')!.textContent + note.dataset.first;
  note.hidden = false;
}

export {};
