// Upper bounds on what one answer may hold. They keep a pasted novel or a
// hostile backup file from filling the device's storage.
export const MAX_SHORT = 500;
export const MAX_LONG = 10_000;
export const MAX_LIST_ITEMS = 50;
export const MAX_ENTRIES = 1_000;

// Each kind's own bounds, here rather than in the kind's logic so that its
// schema (loaded on demand) and its logic share them without importing each other.
export const MAX_LADDERS = 20;
export const MAX_STEPS = 100;
export const MAX_ATTEMPTS = 100;
export const MAX_FEELINGS = 12;
/** Portfolio items (people and activities). */
export const MAX_ITEMS = 60;
/** Most weekly ticks a portfolio goal can ask for. */
export const MAX_TARGET = 7;
