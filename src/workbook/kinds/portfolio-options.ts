// The social portfolio's fixed choices, as saved. Apart from its logic so
// that its schema, loaded on demand, can share them. Their labels, in each
// language, are in i18n/widgets/en/portfolio.ts and es/portfolio.ts.
export const ENERGIES = ['low', 'medium', 'high'] as const;
export const MOODS = ['low', 'anxious', 'okay', 'good'] as const;
export const GIVES = ['company', 'heard', 'practical', 'fun', 'accountability', 'purpose'] as const;
export const CIRCLES = ['family', 'friend', 'peer', 'professional', 'community'] as const;
export const OFTENS = ['sometimes', 'weekly', 'fortnightly', 'monthly'] as const;

export type Energy = (typeof ENERGIES)[number];
export type Mood = (typeof MOODS)[number];
export type Give = (typeof GIVES)[number];
export type Circle = (typeof CIRCLES)[number];
export type Often = (typeof OFTENS)[number];

/** A text with its first letter in capitals: "every week on Tuesday" → "Every week on Tuesday". */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The seven weekdays, 0 = Monday … 6 = Sunday, as plans save them. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];
/** The weeks of the month (1–4) a monthly plan can be on. */
export const WEEKS_OF_MONTH = [1, 2, 3, 4];
