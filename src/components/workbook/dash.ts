/** A rating as a table shows it: the number, or a dash where none was given. */
export const orDash = (n: number | null | undefined): number | string => n ?? '–';
