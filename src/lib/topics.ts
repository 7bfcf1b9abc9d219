// Topics group guides on the index and filter the exercise library and search.
// Ids are permanent: they appear in search filters and counsellors' bookmarks.
// Their names, in each language, are in the site's catalogue (src/i18n, topics).
export const TOPIC_IDS = ['loneliness-and-recovery', 'first-steps', 'relationships', 'feelings', 'purpose', 'setbacks'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
