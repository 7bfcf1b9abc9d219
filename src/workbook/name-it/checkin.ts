// Changes to the check-in data, kept apart from the UI so they can be tested.
import { emptyDraft, MAX_FEELINGS, type CheckIn, type Draft, type Level, type NameItData } from '../kinds/name-it';
import { cleanWord, sameWord } from './sentence';
import { KIND_LINES } from './words';
import { localDate, localTime } from '../dates';


export const isChosen = (draft: Draft, word: string) => draft.feelings.some((f) => sameWord(f.word, word));

/** Adds a word (tidied) unless it is already there or the list is full. */
export function addFeeling(draft: Draft, word: string): Draft {
  const clean = cleanWord(word);
  if (!clean || isChosen(draft, clean) || draft.feelings.length >= MAX_FEELINGS) return draft;
  return { ...draft, feelings: [...draft.feelings, { word: clean, level: null, later: null }] };
}

export const removeFeeling = (draft: Draft, word: string): Draft => ({
  ...draft,
  feelings: draft.feelings.filter((f) => !sameWord(f.word, word)),
});

/** Turns a word in a list on or off. */
export const toggle = (list: string[], item: string, on: boolean) => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

/**
 * Saves the draft as a check-in and starts a fresh draft, with the next kind
 * line, so each check-in meets a different one. The new check-in is `pending`:
 * shown, ready for a re-rate, until the person starts again.
 */
export function finish(data: NameItData, now: Date, id: string = crypto.randomUUID()): NameItData {
  // A check-in names at least one feeling; without one there is nothing to save.
  if (data.draft.feelings.length === 0) return data;
  const { step: _step, ...rest } = data.draft;
  const entry: CheckIn = { ...rest, id, date: localDate(now), time: localTime(now), cravingLater: null };
  return {
    draft: emptyDraft((data.draft.kindLine + 1) % KIND_LINES.length),
    entries: [...data.entries, entry],
    pending: id,
  };
}

/** Records how strong a feeling (by index) or the craving or urge (index -1) is a few minutes later. */
export function rerate(data: NameItData, id: string, index: number, later: Level): NameItData {
  return {
    ...data,
    entries: data.entries.map((e) =>
      e.id !== id ? e : index < 0 ? { ...e, cravingLater: later } : { ...e, feelings: e.feelings.map((f, i) => (i === index ? { ...f, later } : f)) },
    ),
  };
}

export function removeEntry(data: NameItData, id: string): NameItData {
  return { ...data, entries: data.entries.filter((e) => e.id !== id), pending: data.pending === id ? null : data.pending };
}
