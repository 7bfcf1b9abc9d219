// Counts and lists in running words, through Intl: one place for the rules,
// in each language the site speaks (the English ones are exported as they
// always were; the catalogues in src/i18n take theirs from wordsIn).
import type { Lang } from '../i18n/languages';

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es' };

function rulesFor(lang: Lang) {
  const plural = new Intl.PluralRules(LOCALES[lang]);
  const lists = {
    and: new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }),
    or: new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' }),
  };
  /** The word (or phrase) in its form for `n`, without the number: "has" or "have". */
  const choose = (n: number, one: string, other: string) => (plural.select(n) === 'one' ? one : other);
  return {
    choose,
    /** "1 step", "3 steps": the count with the word in its form for that count. */
    count: (n: number, one: string, other: string) => `${n} ${choose(n, one, other)}`,
    /** "a, b and c", or with `or`, "a, b or c". */
    listWords: (items: string[], joiner: keyof typeof lists = 'and') => lists[joiner].format(items),
  };
}

const made: Partial<Record<Lang, ReturnType<typeof rulesFor>>> = {};

/** The count, plural and list rules of a language. */
export const wordsIn = (lang: Lang) => (made[lang] ??= rulesFor(lang));

export const { count, choose, listWords } = wordsIn('en');
