// Topics group guides on the index and filter the exercise library and search.
// Ids are permanent: they appear in search filters and counsellors' bookmarks.
export const TOPICS = {
  'loneliness-and-recovery': 'Loneliness and recovery',
  'first-steps': 'Taking first steps',
  relationships: 'Relationships and trust',
  feelings: 'Feelings and self-kindness',
  purpose: 'Purpose and routine',
  setbacks: 'Setbacks and staying safe',
} as const;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];

export function topicLabel(id: TopicId): string {
  return TOPICS[id];
}
