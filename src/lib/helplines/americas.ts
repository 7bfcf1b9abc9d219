// The lines of the United States and Canada: see ../helplines.ts for what each field means
// and how an entry is confirmed.
import { CHECKED, type Helpline } from './types';

export const AMERICAS: Helpline[] = [
  // ---------- United States
  {
    id: 'us-988',
    country: 'US',
    name: '988 Suicide & Crisis Lifeline',
    purposes: ['crisis', 'text'],
    about:
      'Free, confidential support by call, text or chat for anyone in emotional distress or a suicidal, mental health or substance use crisis, or worried about someone. On a call, press 1 for the Veterans Crisis Line or 2 for Spanish.',
    contacts: [
      { how: 'call', number: '988' },
      { how: 'text', number: '988' },
    ],
    hours: 'Any time, day or night',
    site: 'https://988lifeline.org/',
    source: 'https://988lifeline.org/get-help/what-to-expect/',
    checked: CHECKED,
  },
  {
    id: 'us-crisis-text-line',
    country: 'US',
    name: 'Crisis Text Line',
    purposes: ['text'],
    about: 'Free text support from trained volunteer crisis counselors, for anyone in the US who is struggling. Any first message starts the conversation.',
    contacts: [{ how: 'text', number: '741741' }],
    hours: 'Any time, day or night',
    site: 'https://www.crisistextline.org/',
    source: 'https://www.crisistextline.org/faq/',
    checked: CHECKED,
  },
  {
    id: 'us-samhsa',
    country: 'US',
    name: "SAMHSA's National Helpline",
    purposes: ['drugs'],
    about:
      'A free, confidential treatment referral and information service, in English and Spanish, for people and families facing mental health or substance use problems. It finds local treatment, support groups and other services. It does not offer counselling.',
    contacts: [
      { how: 'call', number: '1-800-662-4357' },
      { how: 'tty', number: '1-800-487-4889' },
    ],
    hours: 'Any time, every day of the year',
    site: 'https://www.samhsa.gov/find-help/national-helpline',
    source: 'https://www.samhsa.gov/find-help/national-helpline',
    checked: CHECKED,
  },
  {
    id: 'us-never-use-alone',
    country: 'US',
    name: 'Never Use Alone',
    purposes: ['spotter'],
    about:
      'A free, confidential line for people about to use drugs alone. A volunteer stays on the phone and sends emergency help to your address if you stop responding.',
    contacts: [{ how: 'call', number: '1-800-484-3731' }],
    hours: 'See its website',
    site: 'https://neverusealone.com/',
    // Its own site describes the service; the number was read on a regional
    // health authority's harm-reduction page.
    source: 'https://streetconnections.ca/overdose-prevention',
    checked: CHECKED,
  },
  // ---------- Canada
  {
    id: 'ca-988',
    country: 'CA',
    name: '9-8-8: Suicide Crisis Helpline',
    purposes: ['crisis', 'text'],
    about: 'Trained responders support anyone in Canada who is thinking about suicide, or worried about someone, in English and French. It opened on 30 November 2023.',
    contacts: [
      { how: 'call', number: '988' },
      { how: 'text', number: '988' },
    ],
    hours: 'Any time, day or night',
    site: 'https://988.ca/',
    source: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
    checked: CHECKED,
  },
  {
    id: 'ca-nors',
    country: 'CA',
    name: 'National Overdose Response Service (NORS)',
    purposes: ['drugs', 'spotter'],
    about:
      'A free, confidential, peer-run line for people in Canada who use drugs. Call before you use: the person on the line stays with you and calls 911 if you stop responding. It is not a general advice line.',
    contacts: [{ how: 'call', number: '1-888-688-6677' }],
    hours: 'See its website',
    site: 'https://www.nors.ca/',
    source: 'https://hpepublichealth.ca/report-an-overdose/',
    checked: CHECKED,
  },
];
