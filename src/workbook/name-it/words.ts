// The word lists of the "Name it to tame it" check-in. Groups have plain names
// so a person who only knows "bad" can find a closer word by where it sits.
// The words are stored as chosen, so renaming one here leaves old check-ins as
// they were; add words freely, but do not reword old ones.

export interface FeelingGroup {
  name: string;
  words: string[];
}

export const FEELING_GROUPS: FeelingGroup[] = [
  { name: 'Cut off', words: ['lonely', 'left out', 'unseen', 'homesick', 'bored', 'numb'] },
  { name: 'Worried or scared', words: ['anxious', 'overwhelmed', 'nervous', 'on edge', 'panicky', 'unsafe', 'trapped'] },
  { name: 'Sad', words: ['sad', 'low', 'hurt', 'empty', 'let down', 'grieving', 'hopeless'] },
  { name: 'Heavy', words: ['ashamed', 'guilty', 'embarrassed', 'worthless', 'like a burden'] },
  { name: 'Angry', words: ['angry', 'annoyed', 'frustrated', 'resentful'] },
  { name: 'In my body', words: ['restless', 'tired', 'drained', 'wired', 'hungry'] },
  { name: 'Lighter', words: ['calm', 'hopeful', 'relieved', 'grateful', 'proud', 'okay'] },
  { name: 'Hard to name', words: ['mixed up', 'off', "something I can't name yet"] },
];

/** Words that count as loneliness when patterns compare it with cravings. */
export const LONELY_WORDS = ['lonely', 'left out', 'unseen', 'homesick'];

export const BODY_PLACES = ['head', 'jaw or face', 'throat', 'chest', 'stomach', 'shoulders or back', 'arms or hands', 'legs or feet', 'all over'];

/** What a person may need now, each with one idea that fits in ten minutes. */
export const NEEDS: [need: string, idea: string][] = [
  ['company', 'Text one person a simple hello.'],
  ['to be heard', 'Call my recovery ally or a friend and say how I feel.'],
  ['rest', 'Lie down for ten minutes before I decide anything.'],
  ['movement', 'Walk around the block.'],
  ['food or water', 'Eat something simple and drink a glass of water.'],
  ['quiet', 'Sit somewhere quiet and breathe out slowly five times.'],
  ['fresh air', 'Step outside for a few minutes.'],
  ['comfort', 'Make a warm drink and wrap up in something soft.'],
  ['to feel safe', 'Go where there are people I trust.'],
  ['help', 'Call a helpline, my sponsor or my counsellor.'],
];

/** Kind lines, one shown per check-in; the person can ask for another. */
export const KIND_LINES = [
  'It makes sense to feel this way. This will pass, and I can choose my next step.',
  'Feelings rise and fall like waves. I can let this one pass.',
  'I am not my feelings. I am the one noticing them.',
  'This is hard, and I am doing something kind for myself right now.',
  'Anyone could feel this way. I can be gentle with myself.',
  'I do not have to fix this feeling. I only need one small next step.',
];

/** A craving or urge at or above this rating brings the Help now link forward. */
export const HIGH_CRAVING = 8;
