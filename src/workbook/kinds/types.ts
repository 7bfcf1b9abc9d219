// What every exercise kind provides to the workbook engine. The engine stores,
// validates and migrates records; the kind knows the shape of its answers.
import type { GenericSchema } from 'valibot';
import type { Lang } from '../../i18n/languages';
import type { FieldDef } from '../../content/schemas';
import type { HelplineRows } from '../../lib/helpline-rows';
import type { Practice } from '../../lib/breathing';

/** A kind's schema (valibot) for one exercise's data. */
export type SchemaFor<T> = (def: ExerciseDef) => GenericSchema<unknown, T>;

/** What an island needs to know about an exercise; serialisable for props. */
export interface ExerciseDef {
  id: string;
  title: string;
  kind: string;
  mode: 'single' | 'log';
  fields: FieldDef[];
  /** Home guide id, for links back. */
  guide: string;
  /** Offers a wallet-sized print as well as the full sheet. */
  card?: boolean;
  /** A guided practice shown above the fields. */
  practice?: Practice;
  /** Each country's lines, for a list field that starts from them (prefill: helplines). */
  helplineRows?: HelplineRows;
}

export type Progress = 'not-started' | 'started' | 'done';

export interface KindSpec<T> {
  /** Current schema version of this kind's data. */
  version: number;
  /**
   * Loads the kind's schema (its *-schema.ts). It is fetched only when there
   * is a saved answer to check: a first visit has nothing to validate.
   */
  loadSchema(): Promise<SchemaFor<T>>;
  empty(def: ExerciseDef): T;
  /**
   * migrations[n] turns data of version n into version n + 1. The engine runs
   * them in turn and validates the result with the current schema.
   */
  migrations: Record<number, (data: unknown, def: ExerciseDef) => unknown>;
  progress(data: T, def: ExerciseDef): Progress;
  /** Plain-text lines for printed summaries ("Label: answer"). */
  summary(data: T, def: ExerciseDef, lang?: Lang): SummaryBlock[];
}

export interface SummaryBlock {
  heading?: string;
  lines: string[];
}
