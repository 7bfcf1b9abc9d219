// Text to match literally inside a RegExp: a name a person typed, a file name.
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
