// The words of search (the header's dialog, the search page and the results), in English.
import type { Words } from '../words';
import type { TopicId } from '../../../lib/topics';

export const en = {
  /** The topics' names: what pages are filtered by, and the site's names for them. */
  topics: {
    'loneliness-and-recovery': 'Loneliness and recovery',
    'first-steps': 'Taking first steps',
    relationships: 'Relationships and trust',
    feelings: 'Feelings and self-kindness',
    purpose: 'Purpose and routine',
    setbacks: 'Setbacks and staying safe',
  } satisfies Record<TopicId, string>,
  dialogTitle: 'Search',
  close: 'Close',
  label: 'Search guides and exercises',
  submit: 'Search',
  topic: 'Topic',
  allTopics: 'All topics',
  show: 'Show',
  types: { all: 'Guides and exercises', guides: 'Guides only', exercises: 'Exercises only' },
  results: 'Search results',
  more: 'Show more results',
  tryOther: 'Try a shorter or different word, or look through a topic:',
  strugglingBefore: 'If you are struggling right now,',
  strugglingLink: 'go to Help now',
  strugglingAfter: 'for people you can talk to today.',
  fullPage: 'Open the full search page',
  guide: 'Guide',
  exercise: 'Exercise',
  exerciseMinutes: (minutes: number) => `Exercise · about ${minutes} min`,
  page: 'Page',
  guidesOnly: 'guides only',
  exercisesOnly: 'exercises only',
  topicIs: (topic: string) => `topic ${topic}`,
  forQuery: (q: string) => ` for “${q}”`,
  none: (what: string, filters: string) => `No results${what}${filters}. Topics to try, and Help now, are listed below.`,
  count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  fromGuide: (title: string) => `From the guide: ${title}`,
  sectionsOf: (title: string) => `Sections of ${title}`,
  thisPage: 'this page',
  searching: 'Searching…',
  failed: 'Search could not load. Please try again, or browse all guides.',
};

export type SearchWords = Words<typeof en>;
