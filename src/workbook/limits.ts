// Upper bounds on what one answer may hold. They keep a pasted novel or a
// hostile backup file from filling the device's storage.
export const MAX_SHORT = 500;
export const MAX_LONG = 10_000;
export const MAX_LIST_ITEMS = 50;
export const MAX_ENTRIES = 1_000;
