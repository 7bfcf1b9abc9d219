// Every change to the check-in data, kept apart from the UI so it can be
// tested. Each takes the data as saved and returns the new data, so a widget
// applies it with `handle.update((d) => action(d, ...))` and never works from
// a copy that another tab, or an earlier click, has made stale.
import { emptyDraft, MAX_FEELINGS, type CheckIn, type Draft, type Level, type NameItData } from '../kinds/name-it';
import { cleanWord, sameWord } from './sentence';
import { KIND_LINES } from './words';
import { localDate, localTime } from '../dates';

export type Step = Draft['step'];
/** The draft's free-text answers. */
export type DraftText = 'bodyOther' | 'trigger' | 'written' | 'needOther' | 'next';
/** The draft's lists of chips. */
export type DraftChoices = 'body' | 'needs';

const withDraft = (data: NameItData, change: (draft: Draft) => Draft): NameItData => ({ ...data, draft: change(data.draft) });

/** Changes some of the draft's answers, leaving the rest (and the step) as they are. */
export const editDraft = (data: NameItData, change: Partial<Omit<Draft, 'step' | 'feelings'>>): NameItData => withDraft(data, (draft) => ({ ...draft, ...change }));

/** Moves the draft to a step (1 to 4). */
export const goToStep = (data: NameItData, step: Step): NameItData => withDraft(data, (draft) => ({ ...draft, step }));

export const isChosen = (draft: Draft, word: string) => draft.feelings.some((f) => sameWord(f.word, word));

/** Whether a word can be added to the draft, and if not, why not. */
export function addable(draft: Draft, word: string): 'yes' | 'blank' | 'chosen' | 'full' {
  const clean = cleanWord(word);
  if (!clean) return 'blank';
  if (isChosen(draft, clean)) return 'chosen';
  return draft.feelings.length >= MAX_FEELINGS ? 'full' : 'yes';
}

/** Adds a word (tidied) unless it is blank, already there, or the list is full. */
export const addFeeling = (data: NameItData, word: string): NameItData =>
  addable(data.draft, word) !== 'yes'
    ? data
    : withDraft(data, (draft) => ({ ...draft, feelings: [...draft.feelings, { word: cleanWord(word), level: null, later: null }] }));

/** Removes a word, whatever its case or spacing. */
export const removeFeeling = (data: NameItData, word: string): NameItData =>
  withDraft(data, (draft) => ({ ...draft, feelings: draft.feelings.filter((f) => !sameWord(f.word, word)) }));

/** How strong a chosen feeling is; a word no longer chosen is left alone. */
export const rateFeeling = (data: NameItData, word: string, level: Level): NameItData =>
  withDraft(data, (draft) => ({ ...draft, feelings: draft.feelings.map((f) => (sameWord(f.word, word) ? { ...f, level } : f)) }));

/** Ticks or unticks one chip of a list (where in the body, what I need). */
export const tickChoice = (data: NameItData, list: DraftChoices, item: string, on: boolean): NameItData =>
  withDraft(data, (draft) => ({ ...draft, [list]: toggle(draft[list], item, on) }));

/** The next kind line, round to the first after the last. */
export const nextKindLine = (data: NameItData): NameItData => withDraft(data, (draft) => ({ ...draft, kindLine: (draft.kindLine + 1) % KIND_LINES.length }));

/** Turns a word in a list on or off, keeping one of each. */
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

/** Puts the check-in just finished away, so a new one can start; it stays in the history. */
export const startNew = (data: NameItData): NameItData => ({ ...data, pending: null });

export function removeEntry(data: NameItData, id: string): NameItData {
  return { ...data, entries: data.entries.filter((e) => e.id !== id), pending: data.pending === id ? null : data.pending };
}

/** Deletes every finished check-in; one being written is kept. */
export const removeAllEntries = (data: NameItData): NameItData => ({ ...data, entries: [], pending: null });
