// Where a page stands when search lists a topic or type with no words typed:
// guides first, in course order, then each guide's exercises. Pagefind sorts
// on this value (data-pagefind-sort="browse"), and leaves out any page
// without it, so every page that carries a filter must carry it too.
export const BROWSE_SORT = 'browse';

export const browseRank = (kind: 'guide' | 'exercise', guideOrder: number): string => String((kind === 'guide' ? 0 : 100) + guideOrder).padStart(3, '0');
