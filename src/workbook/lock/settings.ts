// The lock's choices, apart from its code: My workbook shows them to every
// reader, and the code itself loads only for those who set a passcode.

/** The shortest passcode accepted; the form encourages longer. */
export const MIN_PASSCODE_LENGTH = 6;

/** The choices for locking again after a time without input, in minutes. */
export const IDLE_MINUTES = [5, 15, 60] as const;
export type IdleMinutes = (typeof IDLE_MINUTES)[number];
export const DEFAULT_IDLE_MINUTES: IdleMinutes = 15;
