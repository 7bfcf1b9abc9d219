// Every helpline the site names, as data: Help now, the overdose section and
// the safety plan all read it from here. Each entry says where it was
// confirmed (the service's own page) and when; tests/unit/helplines.test.ts
// fails when an entry lacks either, or a country lacks a kind of line.
import type { CountryCode } from './country';

export interface Country {
  name: string;
  /** As it reads after "in": "the US", "Canada". */
  short: string;
  /** Emergency services: police, fire, ambulance. */
  emergency: string;
}

export const COUNTRIES: Record<CountryCode, Country> = {
  US: { name: 'United States', short: 'the US', emergency: '911' },
  CA: { name: 'Canada', short: 'Canada', emergency: '911' },
  GB: { name: 'United Kingdom', short: 'the UK', emergency: '999' },
  IE: { name: 'Ireland', short: 'Ireland', emergency: '112 or 999' },
  AU: { name: 'Australia', short: 'Australia', emergency: '000' },
  NZ: { name: 'New Zealand', short: 'New Zealand', emergency: '111' },
};

/**
 * What a line is for. Every country has a `crisis` line, a `text` line and a
 * `drugs` line; `spotter` lines stay on the phone while someone uses.
 */
export type Purpose = 'crisis' | 'text' | 'drugs' | 'spotter' | 'health';

export interface Contact {
  how: 'call' | 'text' | 'tty';
  /** As the service writes it, for reading aloud and dialling by hand. */
  number: string;
  /** The word to text, where the service asks for one. */
  keyword?: string;
}

export interface Helpline {
  id: string;
  country: CountryCode;
  name: string;
  purposes: Purpose[];
  /** What it is, as the service describes itself. */
  about: string;
  contacts: Contact[];
  hours: string;
  /** The service's own web address. */
  site: string;
  /**
   * The page the number and hours were confirmed against: the service's own,
   * or a government or public health page about it.
   */
  source: string;
  /** When it was last confirmed, YYYY-MM-DD. */
  checked: string;
}

/** For every other country: a directory of free lines, run by its own service. */
export const ELSEWHERE = {
  name: 'Find A Helpline',
  about: 'A free directory of crisis lines and helplines in many countries. Choose your country and what you need help with.',
  site: 'https://findahelpline.com/',
  source: 'https://findahelpline.com/AU',
  checked: '2026-12-01',
} as const;

const CHECKED = '2026-12-01';

export const HELPLINES: Helpline[] = [
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
  // ---------- United Kingdom
  {
    id: 'gb-samaritans',
    country: 'GB',
    name: 'Samaritans',
    purposes: ['crisis'],
    about: 'Confidential emotional support from trained volunteers for anyone who is struggling to cope. You do not have to be suicidal to call. Free from any phone, even with no credit.',
    contacts: [{ how: 'call', number: '116 123' }],
    hours: 'Any time, every day of the year',
    site: 'https://www.samaritans.org/',
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED,
  },
  {
    id: 'gb-shout',
    country: 'GB',
    name: 'Shout',
    purposes: ['text'],
    about: 'A free, confidential text service for anyone in the UK who is struggling to cope, answered by trained volunteers with clinical supervisors.',
    contacts: [{ how: 'text', number: '85258', keyword: 'SHOUT' }],
    hours: 'Any time, day or night',
    site: 'https://giveusashout.org/',
    source: 'https://giveusashout.org/about-us/faq/',
    checked: CHECKED,
  },
  {
    id: 'gb-frank',
    country: 'GB',
    name: 'FRANK',
    purposes: ['drugs'],
    about: 'Friendly, confidential advice and information about drugs. You can call, text a question or use live chat (2pm to 6pm).',
    contacts: [
      { how: 'call', number: '0300 123 6600' },
      { how: 'text', number: '82111' },
    ],
    hours: 'Phone: any time, day or night',
    site: 'https://www.talktofrank.com/',
    source: 'https://www.talktofrank.com/contact',
    checked: CHECKED,
  },
  {
    id: 'gb-nhs-111',
    country: 'GB',
    name: 'NHS 111',
    purposes: ['health'],
    about: 'Free NHS help when you need medical help fast but it is not a life-threatening emergency. For mental health, call 111 and choose option 2.',
    contacts: [{ how: 'call', number: '111' }],
    hours: 'Any time, every day of the year',
    site: 'https://111.nhs.uk/',
    source: 'https://neas.nhs.uk/your-service/111/',
    checked: CHECKED,
  },
  // ---------- Ireland
  {
    id: 'ie-samaritans',
    country: 'IE',
    name: 'Samaritans Ireland',
    purposes: ['crisis'],
    about: 'Confidential emotional support from trained volunteers for anyone who is struggling to cope. Free to call in the Republic of Ireland.',
    contacts: [{ how: 'call', number: '116 123' }],
    hours: 'Any time, every day of the year',
    site: 'https://www.samaritans.org/ireland/',
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED,
  },
  {
    id: 'ie-50808',
    country: 'IE',
    name: '50808',
    purposes: ['text'],
    about: 'A free, anonymous text service for anyone in a mental health or emotional crisis, funded by the HSE. Any first message starts the conversation.',
    contacts: [{ how: 'text', number: '50808' }],
    hours: 'Any time, day or night',
    site: 'https://text50808.ie/',
    source: 'https://www.citizensinformation.ie/en/health/health-services/mental-health/mental-health-services/',
    checked: CHECKED,
  },
  {
    id: 'ie-your-mental-health',
    country: 'IE',
    name: 'YourMentalHealth Information Line (HSE)',
    purposes: ['health'],
    about: 'A free HSE line that tells you about mental health services and supports near you. It gives information, not counselling.',
    contacts: [{ how: 'call', number: '1800 111 888' }],
    hours: 'Any time, day or night',
    site: 'https://www2.hse.ie/mental-health/',
    source: 'https://www.citizensinformation.ie/en/health/health-services/mental-health/mental-health-services/',
    checked: CHECKED,
  },
  // ---------- Australia
  {
    id: 'au-lifeline',
    country: 'AU',
    name: 'Lifeline',
    purposes: ['crisis', 'text'],
    about: 'Short-term crisis support and suicide prevention for anyone in Australia who is finding it hard to cope. Calls are free from mobiles.',
    contacts: [
      { how: 'call', number: '13 11 14' },
      { how: 'text', number: '0477 13 11 14' },
    ],
    hours: 'Phone: any time, day or night. Text: see its website for hours',
    site: 'https://www.lifeline.org.au/',
    source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
    checked: CHECKED,
  },
  {
    id: 'au-13yarn',
    country: 'AU',
    name: '13YARN',
    purposes: ['crisis'],
    about: 'Crisis support for Aboriginal and Torres Strait Islander people, from Aboriginal and Torres Strait Islander crisis supporters, run with Lifeline.',
    contacts: [{ how: 'call', number: '13 92 76' }],
    hours: 'Any time, day or night',
    site: 'https://www.13yarn.org.au/',
    source: 'https://fundraise.lifelineqld.org.au/blog/mob-to-mob-yarn',
    checked: CHECKED,
  },
  {
    id: 'au-aod-hotline',
    country: 'AU',
    name: 'National Alcohol and Other Drug Hotline',
    purposes: ['drugs'],
    about: "Free, confidential advice about alcohol and other drugs from the Australian Government's hotline. It puts you through to the alcohol and drug information service in your state or territory.",
    contacts: [{ how: 'call', number: '1800 250 015' }],
    hours: 'Any time in most states and territories',
    site: 'https://www.health.gov.au/contacts/national-alcohol-and-other-drug-hotline',
    source: 'https://www.turningpoint.org.au/covid-19-update',
    checked: CHECKED,
  },
  // ---------- New Zealand
  {
    id: 'nz-1737',
    country: 'NZ',
    name: '1737, Need to talk?',
    purposes: ['crisis', 'text'],
    about: "New Zealand's free mental health and addictions support line: call or text to talk with a trained counsellor.",
    contacts: [
      { how: 'call', number: '1737' },
      { how: 'text', number: '1737' },
    ],
    hours: 'Any time, day or night',
    site: 'https://1737.org.nz/',
    source: 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
    checked: CHECKED,
  },
  {
    id: 'nz-alcohol-drug-helpline',
    country: 'NZ',
    name: 'Alcohol Drug Helpline',
    purposes: ['drugs'],
    about: 'Free, confidential support from trained alcohol and drug counsellors, for people with questions or worries about their own or someone else\'s use.',
    contacts: [
      { how: 'call', number: '0800 787 797' },
      { how: 'text', number: '8681' },
    ],
    hours: 'See its website',
    site: 'https://alcoholdrughelp.org.nz/',
    source: 'https://manaake.health.nz/supporting-your-child/maintaining-positive-family-relationships/drugs-alcohol-and-gambling/',
    checked: CHECKED,
  },
];

/** The lines of one country, in the order of the list above. */
export const linesFor = (country: CountryCode) => HELPLINES.filter((l) => l.country === country);

/** Lines that stay on the phone while someone uses, and send help if they stop answering. */
export const spotterLines = () => HELPLINES.filter((l) => l.purposes.includes('spotter'));

const digits = (number: string) => number.replace(/[^\d+]/g, '');

/** A tel: or sms: address; sms: carries the keyword as the message body. */
export function contactHref(c: Contact): string {
  if (c.how === 'text') return `sms:${digits(c.number)}${c.keyword ? `?&body=${encodeURIComponent(c.keyword)}` : ''}`;
  return `tel:${digits(c.number)}`;
}

/** "Call 988", "Text HOME to 741741", "TTY 1-800-487-4889". */
export function contactText(c: Contact): string {
  if (c.how === 'text') return c.keyword ? `Text ${c.keyword} to ${c.number}` : `Text ${c.number}`;
  return `${c.how === 'tty' ? 'TTY' : 'Call'} ${c.number}`;
}

/** One line of a safety plan: the service and how to reach it. */
export const planLine = (l: Helpline) => `${l.name}: ${l.contacts.map(contactText).join(', ')}`;
