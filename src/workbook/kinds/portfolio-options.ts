// The social portfolio's fixed choices and their labels. Apart from its
// logic so that its schema, loaded on demand, can share them.
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

/** Energy and mood values are plain words; capitalised, they are their labels. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const GIVE_LABEL: Record<Give, string> = {
  company: 'Company',
  heard: 'Being heard',
  practical: 'Practical help',
  fun: 'Fun',
  accountability: 'Accountability',
  purpose: 'Purpose',
};
export const CIRCLE_LABEL: Record<Circle, string> = {
  family: 'Family',
  friend: 'Friend',
  peer: 'Recovery peer or sponsor',
  professional: 'Professional',
  community: 'Community',
};
/** For an activity, "friend" is folded into family: whom it puts you with. */
export const ACTIVITY_CIRCLE_LABEL: Partial<Record<Circle, string>> = {
  family: 'Family or friends',
  peer: 'Recovery peers',
  professional: 'Professionals',
  community: 'Community',
};
export const OFTEN_LABEL: Record<Often, string> = {
  sometimes: 'Now and then',
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Once a month',
};
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
