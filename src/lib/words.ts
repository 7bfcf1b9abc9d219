// Counts and lists in running English, through Intl: one place for the rules
// (and, with the Spanish edition, for its language).
const LANG = 'en-GB';
const plural = new Intl.PluralRules(LANG);
const lists = {
  and: new Intl.ListFormat(LANG, { type: 'conjunction' }),
  or: new Intl.ListFormat(LANG, { type: 'disjunction' }),
};

/** "1 step", "3 steps": the count with the word in its form for that count. */
export const count = (n: number, one: string, other: string) => `${n} ${choose(n, one, other)}`;

/** The word (or phrase) in its form for `n`, without the number: "has" or "have". */
export const choose = (n: number, one: string, other: string) => (plural.select(n) === 'one' ? one : other);

/** "a, b and c", or with `or`, "a, b or c". */
export const listWords = (items: string[], joiner: keyof typeof lists = 'and') => lists[joiner].format(items);
