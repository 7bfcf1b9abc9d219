// Site paths of the counsellor pages that src/lib/urls.ts does not name.

/** A blank copy of an exercise, for printing and filling in by hand. */
export const blankPrintPath = (id: string) => `/exercises/${id}/print/`;
