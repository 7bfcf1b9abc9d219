// Finds the island of an exercise kind by the naming rule every widget follows
// (kind "name-it" -> src/components/workbook/NameItIsland.tsx), so pages that
// render exercises on the server only (the blank print-out) work for every kind
// as soon as its island exists, without a list to keep in step. Build time only.
import type { ComponentType } from 'preact';

const modules = import.meta.glob<{ default: ComponentType<any> }>('./*Island.tsx', { eager: true });

export const islandFileName = (kind: string) =>
  `${kind
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}Island.tsx`;

export function islandFor(kind: string): ComponentType<any> | undefined {
  return modules[`./${islandFileName(kind)}`]?.default;
}
