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
    es: {
      about:
        'Apoyo gratuito y confidencial por llamada, mensaje de texto o chat para cualquier persona con angustia emocional o en una crisis suicida, de salud mental o de consumo de sustancias, o que esté preocupada por alguien. Al llamar, marca 1 para la Veterans Crisis Line o 2 para español.',
      hours: 'A cualquier hora, de día o de noche',
    },
    // The Spanish service: "Spanish-language (Press 2)" on a call, and "our Spanish-language (text AYUDA)" by text.
    spanish: {
      contacts: [
        { how: 'call', number: '988', option: '2' },
        { how: 'text', number: '988', keyword: 'AYUDA' },
      ],
      source: 'https://988lifeline.org/get-help/what-to-expect/',
      checked: '2026-12-02',
    },
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
    es: {
      about:
        'Apoyo gratuito por mensaje de texto de personas voluntarias capacitadas como consejeras de crisis, para cualquier persona en Estados Unidos que esté pasando por un momento difícil. Cualquier primer mensaje inicia la conversación.',
      hours: 'A cualquier hora, de día o de noche',
    },
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
    es: {
      about:
        'Un servicio gratuito y confidencial de información y de derivación a tratamiento, en inglés y en español, para personas y familias que enfrentan problemas de salud mental o de consumo de sustancias. Encuentra tratamiento, grupos de apoyo y otros servicios en la zona. No ofrece consejería.',
      hours: 'A cualquier hora, todos los días del año',
    },
    // "(in English and Spanish)", on the helpline's own page: the same number answers in Spanish.
    spanish: {
      contacts: [{ how: 'call', number: '1-800-662-4357' }],
      source: 'https://www.samhsa.gov/find-help/national-helpline',
      checked: '2026-12-02',
    },
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
    es: {
      about:
        'Una línea gratuita y confidencial para personas que están por consumir drogas a solas. Una persona voluntaria se queda en la llamada y envía ayuda de emergencia a tu dirección si dejas de responder.',
      hours: 'Consulta su sitio web',
    },
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
    es: {
      about:
        'Personal capacitado brinda apoyo, en inglés y en francés, a cualquier persona en Canadá que esté pensando en el suicidio o que esté preocupada por alguien. Empezó a funcionar el 30 de noviembre de 2023.',
      hours: 'A cualquier hora, de día o de noche',
    },
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
    es: {
      about:
        'Una línea gratuita y confidencial, atendida por pares, para personas en Canadá que consumen drogas. Llama antes de consumir: la persona en la línea se queda contigo y llama al 911 si dejas de responder. No es una línea de consejos generales.',
      hours: 'Consulta su sitio web',
    },
  },
];
