// The lines of Australia and New Zealand: see ../helplines.ts for what each field means
// and how an entry is confirmed.
import { CHECKED, type Helpline } from './types';

export const OCEANIA: Helpline[] = [
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
    es: {
      about:
        'Apoyo en crisis a corto plazo y prevención del suicidio para cualquier persona en Australia a quien le está costando sobrellevar las cosas. Las llamadas son gratuitas desde celulares.',
      hours: 'Teléfono: a cualquier hora, de día o de noche. Mensajes de texto: consulta su sitio web para ver el horario',
    },
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
    es: {
      about:
        'Apoyo en crisis para personas aborígenes e isleñas del Estrecho de Torres, de parte de personas aborígenes e isleñas del Estrecho de Torres que dan apoyo en crisis. Funciona junto con Lifeline.',
      hours: 'A cualquier hora, de día o de noche',
    },
  },
  {
    id: 'au-aod-hotline',
    country: 'AU',
    name: 'National Alcohol and Other Drug Hotline',
    purposes: ['drugs'],
    about:
      "Free, confidential advice about alcohol and other drugs from the Australian Government's hotline. It puts you through to the alcohol and drug information service in your state or territory.",
    contacts: [{ how: 'call', number: '1800 250 015' }],
    hours: 'Any time in most states and territories',
    site: 'https://www.health.gov.au/contacts/national-alcohol-and-other-drug-hotline',
    source: 'https://www.turningpoint.org.au/covid-19-update',
    checked: CHECKED,
    es: {
      about:
        'Consejos gratuitos y confidenciales sobre el alcohol y otras drogas, de la línea del Gobierno de Australia. Te comunica con el servicio de información sobre alcohol y drogas de tu estado o territorio.',
      hours: 'A cualquier hora en la mayoría de los estados y territorios',
    },
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
    es: {
      about:
        'La línea gratuita de apoyo en salud mental y adicciones de Nueva Zelanda: llama o envía un mensaje de texto para hablar con un consejero o una consejera con capacitación.',
      hours: 'A cualquier hora, de día o de noche',
    },
  },
  {
    id: 'nz-alcohol-drug-helpline',
    country: 'NZ',
    name: 'Alcohol Drug Helpline',
    purposes: ['drugs'],
    about: "Free, confidential support from trained alcohol and drug counsellors, for people with questions or worries about their own or someone else's use.",
    contacts: [
      { how: 'call', number: '0800 787 797' },
      { how: 'text', number: '8681' },
    ],
    hours: 'See its website',
    site: 'https://alcoholdrughelp.org.nz/',
    source: 'https://manaake.health.nz/supporting-your-child/maintaining-positive-family-relationships/drugs-alcohol-and-gambling/',
    checked: CHECKED,
    es: {
      about:
        'Apoyo gratuito y confidencial de consejeros y consejeras capacitados en alcohol y drogas, para personas con preguntas o preocupaciones sobre su propio consumo o el de otra persona.',
      hours: 'Consulta su sitio web',
    },
  },
];
