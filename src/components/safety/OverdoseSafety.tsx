// Staying alive if you use opioids: written once and placed wherever use or a
// return to use comes up (Help now, three guides, the check-in at a strong
// craving). A Preact component so the check-in island can show the same words
// that Astro renders, with no script, on the pages.
import { COUNTRIES, contactHref, contactText, spotterLines } from '../../lib/helplines';
import { COUNTRY_CODES } from '../../lib/country';
import { paths, withBase } from '../../lib/urls';

interface Props {
  /** Level of the section's own heading. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Id of the heading; links such as /help-now/#overdose land on it. */
  id?: string;
  /** Ends with a link to Help now; off on Help now itself. */
  linkHelp?: boolean;
}

const emergencyNumbers = COUNTRY_CODES.map((c) => `${COUNTRIES[c].emergency} in ${COUNTRIES[c].short}`).join(', ');

export function OverdoseSafety({ headingLevel = 2, id = 'overdose', linkHelp = true }: Props) {
  const H = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3';
  return (
    <section class="overdose" aria-labelledby={id}>
      <H id={id} tabIndex={-1}>
        Overdose: staying alive if you use opioids
      </H>
      <p>Any step that keeps you alive is a good step. You do not have to be ready to stop to use any of this, and you do not have to explain yourself to anyone.</p>

      <Sub id={`${id}-tolerance`}>After a break, your body can take less</Sub>
      <p>
        If you have not used for a while, your tolerance can drop, sometimes faster than you expect. This happens after treatment, prison, a hospital stay or a spell of
        not using. The amount you used before can now stop your breathing. That makes the first use after a break the most dangerous one. If you use, use much less than
        before, and go slowly.
      </p>

      <Sub id={`${id}-alone`}>Try not to use alone</Sub>
      <p>
        If someone is with you, they can call for help and give naloxone. If you do use alone, ask someone you trust to check on you, and leave the door unlocked. In some
        places a free phone line will stay on the call and send help if you stop answering:
      </p>
      <ul>
        {spotterLines().map((line) => (
          <li key={line.id}>
            <strong>{line.name}</strong> ({COUNTRIES[line.country].name}):{' '}
            {line.contacts.map((c, i) => (
              <>
                {i > 0 && ', '}
                <a href={contactHref(c)}>{contactText(c)}</a>
              </>
            ))}
            .
          </li>
        ))}
      </ul>

      <Sub id={`${id}-naloxone`}>Carry naloxone</Sub>
      <p>
        Naloxone is a medicine that reverses an opioid overdose for a short time. It comes as a nose spray (Narcan is one brand) or an injection. It does no harm to
        someone who has not taken opioids, so if in doubt, give it. In the US you can buy the nose spray in pharmacies without a prescription. In many other places, drug
        services, needle and syringe programmes and pharmacies give it out, often for free: ask. Keep it where the people around you can find it, and show them how it
        works.
      </p>

      <Sub id={`${id}-signs`}>Signs of an opioid overdose</Sub>
      <ul>
        <li>They will not wake up, or do not respond when you shout their name or rub hard on their breastbone.</li>
        <li>Their breathing is very slow, shallow or has stopped, or they make snoring or gurgling sounds.</li>
        <li>Their lips or fingertips turn blue or grey.</li>
        <li>The black centres of their eyes are tiny, like pinpoints.</li>
      </ul>

      <Sub id={`${id}-what-to-do`}>What to do</Sub>
      <ol>
        <li>
          <strong>Call the emergency number</strong> straight away ({emergencyNumbers}). Say that someone is not breathing or will not wake up.
        </li>
        <li>
          <strong>Give naloxone</strong> if you have it. If there is no change after two or three minutes, give a second dose.
        </li>
        <li>
          <strong>Put them in the recovery position</strong>: on their side, top knee bent, head tilted back so they can breathe. If they are not breathing, the emergency
          call handler will tell you what to do.
        </li>
        <li>
          <strong>Stay with them</strong> until help arrives. Naloxone can wear off before the opioids do, so the overdose can come back.
        </li>
      </ol>

      <Sub id={`${id}-fentanyl`}>Fentanyl in the drug supply</Sub>
      <p>
        Fentanyl and other very strong opioids are now mixed into many street drugs, including pills made to look like prescription medicine and drugs that are not
        opioids at all. You cannot see, smell or taste them. Fentanyl test strips can show whether a drug has fentanyl in it. They are legal in many places, but not all;
        drug services often give them out.
      </p>
      {linkHelp && (
        <p>
          <a href={withBase(paths.helpNow)}>Help now</a> lists free lines for drugs and alcohol, and for a crisis, where you live.
        </p>
      )}
    </section>
  );
}
