// The lines of the United Kingdom and Ireland: see ../helplines.ts for what each field means
// and how an entry is confirmed.
import { CHECKED, type Helpline } from './types';

export const EUROPE: Helpline[] = [
  // ---------- United Kingdom
  {
    id: 'gb-samaritans',
    country: 'GB',
    name: 'Samaritans',
    purposes: ['crisis'],
    about:
      'Confidential emotional support from trained volunteers for anyone who is struggling to cope. You do not have to be suicidal to call. Free from any phone, even with no credit.',
    contacts: [{ how: 'call', number: '116 123' }],
    hours: 'Any time, every day of the year',
    site: 'https://www.samaritans.org/',
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED,
    es: {
      about:
        'Apoyo emocional confidencial de personas voluntarias capacitadas para cualquier persona a quien le está costando sobrellevar las cosas. No tienes que estar pensando en el suicidio para llamar. Gratis desde cualquier teléfono, incluso sin saldo.',
      hours: 'A cualquier hora, todos los días del año',
    },
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
    es: {
      about:
        'Un servicio gratuito y confidencial por mensaje de texto para cualquier persona en el Reino Unido a quien le está costando sobrellevar las cosas, atendido por personas voluntarias capacitadas con supervisores clínicos.',
      hours: 'A cualquier hora, de día o de noche',
    },
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
    es: {
      about:
        'Consejos e información sobre drogas, con amabilidad y de forma confidencial. Puedes llamar, enviar una pregunta por mensaje de texto o usar el chat en vivo (de 2 p. m. a 6 p. m.).',
      hours: 'Teléfono: a cualquier hora, de día o de noche',
    },
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
    es: {
      about:
        'Ayuda gratuita del NHS cuando necesitas atención médica rápida, pero no es una emergencia que ponga en riesgo la vida. Para salud mental, llama al 111 y elige la opción 2.',
      hours: 'A cualquier hora, todos los días del año',
    },
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
    es: {
      about:
        'Apoyo emocional confidencial de personas voluntarias capacitadas para cualquier persona a quien le está costando sobrellevar las cosas. Llamar es gratis en la República de Irlanda.',
      hours: 'A cualquier hora, todos los días del año',
    },
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
    es: {
      about:
        'Un servicio gratuito y anónimo por mensaje de texto para cualquier persona en una crisis emocional o de salud mental, financiado por el HSE. Cualquier primer mensaje inicia la conversación.',
      hours: 'A cualquier hora, de día o de noche',
    },
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
    es: {
      about: 'Una línea gratuita del HSE que te informa sobre servicios y apoyos de salud mental cerca de ti. Da información, no consejería.',
      hours: 'A cualquier hora, de día o de noche',
    },
  },
];
