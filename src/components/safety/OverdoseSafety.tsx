// Staying alive if you use opioids: written once and placed wherever use or a
// return to use comes up (Help now, three guides, the check-in at a strong
// craving). A Preact component so the check-in island can show the same words
// that Astro renders, with no script, on the pages. Its words are in
// src/i18n/widgets/{en,es}/safety.ts; every number comes from the helplines data.
import { contactWordsIn } from '../../i18n/widgets/contact';
import { COUNTRIES, contactHref, contactsFor, contactText, countryName, emergencyNumbers, spotterLines } from '../../lib/helplines';
import { paths, withBase } from '../../lib/urls';
import { LangContext, useLang } from '../../i18n/widgets/words';
import { safetyWordsIn } from '../../i18n/widgets/safety';
import { localePath, type Lang } from '../../i18n/languages';

interface Props {
  /** Level of the section's own heading. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Id of the heading; links such as /help-now/#overdose land on it. */
  id?: string;
  /** Ends with a link to Help now; off on Help now itself. */
  linkHelp?: boolean;
  /** The page's language; without it, the language of the island around it (English on its own). */
  lang?: Lang;
}

export function OverdoseSafety({ headingLevel = 2, id = 'overdose', linkHelp = true, lang }: Props) {
  // Inside an island (the check-in) the island's language holds; a page passes its own.
  const around = useLang();
  const language = lang ?? around;
  const w = safetyWordsIn(language);
  const H = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3';
  const everyEmergency = emergencyNumbers(language).join(', ');
  return (
    <LangContext.Provider value={language}>
      <section class="overdose" aria-labelledby={id}>
        <H id={id} tabIndex={-1}>
          {w.heading}
        </H>
        <p>{w.intro}</p>

        <Sub id={`${id}-tolerance`}>{w.toleranceHeading}</Sub>
        <p>{w.tolerance}</p>

        <Sub id={`${id}-alone`}>{w.aloneHeading}</Sub>
        <p>{w.alone}</p>
        <ul>
          {spotterLines().map((line) => (
            <li key={line.id}>
              <strong>{line.name}</strong> ({countryName(COUNTRIES[line.country], language)}):{' '}
              {contactsFor(line, language).map((c, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={contactHref(c)}>{contactText(c, contactWordsIn(language))}</a>
                </>
              ))}
              .
            </li>
          ))}
        </ul>

        <Sub id={`${id}-naloxone`}>{w.naloxoneHeading}</Sub>
        <p>{w.naloxone}</p>

        <Sub id={`${id}-signs`}>{w.signsHeading}</Sub>
        <ul>
          <li>{w.signs.wake}</li>
          <li>{w.signs.breathing}</li>
          <li>{w.signs.colour}</li>
          <li>{w.signs.pupils}</li>
        </ul>

        <Sub id={`${id}-what-to-do`}>{w.whatHeading}</Sub>
        <ol>
          <li>
            <strong>{w.steps.call}</strong>
            {w.steps.callRest(everyEmergency)}
          </li>
          <li>
            <strong>{w.steps.naloxone}</strong>
            {w.steps.naloxoneRest}
          </li>
          <li>
            <strong>{w.steps.recovery}</strong>
            {w.steps.recoveryRest}
          </li>
          <li>
            <strong>{w.steps.stay}</strong>
            {w.steps.stayRest}
          </li>
        </ol>

        <Sub id={`${id}-fentanyl`}>{w.fentanylHeading}</Sub>
        <p>{w.fentanyl}</p>
        {linkHelp && (
          <p>
            <a href={withBase(localePath(language, paths.helpNow))}>{w.helpNow}</a>
            {w.helpNowAfter}
          </p>
        )}
      </section>
    </LangContext.Provider>
  );
}
