// Reading time and readability figures from a guide's MDX source.

/** Strips MDX syntax (imports, components, markup) down to the words a reader sees. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Minutes to read at an unhurried 200 words a minute, never less than one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(wordCount(plainText(mdx)) / 200));
}
