// The words of the overdose safety section, in English. Safety wording: any
// change here must keep its meaning in ../es/safety.ts too, which is typed
// against this shape, so a missing key fails `astro check`. Numbers, country
// names and how to reach a line come from src/lib/helplines.ts, in either language.
import type { Words } from '../words';

export const en = {
  heading: 'Overdose: staying alive if you use opioids',
  intro: 'Any step that keeps you alive is a good step. You do not have to be ready to stop to use any of this, and you do not have to explain yourself to anyone.',
  toleranceHeading: 'After a break, your body can take less',
  tolerance:
    'If you have not used for a while, your tolerance can drop, sometimes faster than you expect. This happens after treatment, prison, a hospital stay or a spell of not using. The amount you used before can now stop your breathing. That makes the first use after a break the most dangerous one. If you use, use much less than before, and go slowly.',
  aloneHeading: 'Try not to use alone',
  alone:
    'If someone is with you, they can call for help and give naloxone. If you do use alone, ask someone you trust to check on you, and leave the door unlocked. In some places a free phone line will stay on the call and send help if you stop answering:',
  naloxoneHeading: 'Carry naloxone',
  naloxone:
    'Naloxone is a medicine that reverses an opioid overdose for a short time. It comes as a nose spray (Narcan is one brand) or an injection. It does no harm to someone who has not taken opioids, so if in doubt, give it. In the US you can buy the nose spray in pharmacies without a prescription. In many other places, drug services, needle and syringe programmes and pharmacies give it out, often for free: ask. Keep it where the people around you can find it, and show them how it works.',
  signsHeading: 'Signs of an opioid overdose',
  signs: {
    wake: 'They will not wake up, or do not respond when you shout their name or rub hard on their breastbone.',
    breathing: 'Their breathing is very slow, shallow or has stopped, or they make snoring or gurgling sounds.',
    colour: 'Their lips or fingertips turn blue or grey.',
    pupils: 'The black centres of their eyes are tiny, like pinpoints.',
  },
  whatHeading: 'What to do',
  /** Each step: its first words in bold, then the rest (which starts with its own space or colon). */
  steps: {
    call: 'Call the emergency number',
    callRest: (numbers: string) => ` straight away (${numbers}). Say that someone is not breathing or will not wake up.`,
    naloxone: 'Give naloxone',
    naloxoneRest: ' if you have it. If there is no change after two or three minutes, give a second dose.',
    recovery: 'Put them in the recovery position',
    recoveryRest: ': on their side, top knee bent, head tilted back so they can breathe. If they are not breathing, the emergency call handler will tell you what to do.',
    stay: 'Stay with them',
    stayRest: ' until help arrives. Naloxone can wear off before the opioids do, so the overdose can come back.',
  },
  fentanylHeading: 'Fentanyl in the drug supply',
  fentanyl:
    'Fentanyl and other very strong opioids are now mixed into many street drugs, including pills made to look like prescription medicine and drugs that are not opioids at all. You cannot see, smell or taste them. Fentanyl test strips can show whether a drug has fentanyl in it. They are legal in many places, but not all; drug services often give them out.',
  helpNow: 'Help now',
  helpNowAfter: ' lists free lines for drugs and alcohol, and for a crisis, where you live.',
};

export type SafetyWords = Words<typeof en>;
