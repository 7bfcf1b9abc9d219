// Every exercise kind the engine knows. A widget adds its kind here.
import type { KindSpec } from './types';
import { worksheet } from './worksheet';
import { ladder } from './ladder';
import { nameIt } from './name-it';
import { portfolio } from './portfolio';

const kinds: Record<string, KindSpec<any>> = {
  worksheet,
  ladder,
  'name-it': nameIt,
  portfolio,
};

export function kindSpec(kind: string): KindSpec<unknown> {
  const spec = kinds[kind];
  if (!spec) throw new Error(`No exercise kind "${kind}" is registered in src/workbook/kinds/index.ts`);
  return spec;
}

export function hasKind(kind: string): boolean {
  return kind in kinds;
}
