// The Spanish edition, as a Spanish-speaking reader would meet it: every guide
// and exercise has its counterpart with the same sections and fields, the
// guides are easy to read, no stigmatising label slips in, and no frame or
// widget string is left in English.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEditionProblems } from '../../src/lib/catalog-check';
import { en as siteEn } from '../../src/i18n/en';
import { es as siteEs } from '../../src/i18n/es';
import { es as frameEs } from '../../src/i18n/widgets/es/frame';

/** Every widget area's catalogue, English and Spanish, by file name (src/i18n/widgets/{en,es}/). */
const widgetEn = import.meta.glob<{ en: object }>('../../src/i18n/widgets/en/*.ts', { eager: true });
const widgetEs = import.meta.glob<{ es: object }>('../../src/i18n/widgets/es/*.ts', { eager: true });
const widgetAreas = Object.entries(widgetEn).map(([file, m]) => {
  const area = basename(file, '.ts');
  return { area, en: m.en, es: widgetEs[file.replace('/en/', '/es/')]?.es };
});
import { formatValue } from '../../src/workbook/kinds/worksheet';
import { problemText } from '../../src/workbook/record';
import type { FieldDef } from '../../src/content/schemas';
import { countSyllablesEs, readabilityOfMdxEs, readabilityOfTextEs } from '../support/readability-es';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'src', 'content');
/** "Bastante fácil" (fairly easy) on Fernández Huerta's scale starts at 70. */
const MIN_SCORE = 70;

const frontMatter = (source: string) => {
  const block = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
  const list = (key: string) =>
    (new RegExp(`^${key}: \\[(.*)\\]$`, 'm').exec(block)?.[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return { topics: list('topics'), related: list('related'), order: Number(/^order: (\d+)$/m.exec(block)?.[1]) };
};

function guidesIn(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      return { id: basename(f, '.mdx'), source, body: source.replace(/^---[\s\S]*?---/, ''), data: frontMatter(source) };
    });
}
function exercisesIn(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return { id: basename(f, '.json'), data: { mode: 'single', card: false, ...data } };
    });
}

const english = { guides: guidesIn(join(CONTENT, 'guides')), exercises: exercisesIn(join(CONTENT, 'exercises')) };
const spanish = { guides: guidesIn(join(CONTENT, 'guides', 'es')), exercises: exercisesIn(join(CONTENT, 'exercises', 'es')) };

describe('the Spanish edition', () => {
  it('has every guide and exercise, with the same sections, exercises and fields as the English', () => {
    expect(spanish.guides.length).toBe(english.guides.length);
    expect(spanish.exercises.length).toBe(english.exercises.length);
    expect(findEditionProblems('es', english, spanish)).toEqual([]);
  });

  it('reads as "fairly easy" or easier, guide by guide (Fernández Huerta)', () => {
    const rows = spanish.guides.map((g) => {
      const r = readabilityOfMdxEs(g.source);
      return { guide: g.id, words: r.words, 'words/sentence': +(r.words / r.sentences).toFixed(1), score: +r.score.toFixed(1) };
    });
    console.log(`Spanish readability (Fernández Huerta; ${MIN_SCORE}+ is fairly easy)`);
    console.table(rows);
    const hard = rows.filter((r) => r.score < MIN_SCORE).map((r) => `${r.guide}: ${r.score}`);
    expect(hard, hard.join('\n')).toEqual([]);
  });

  it('links only to Spanish pages from its guides', () => {
    const english = spanish.guides.flatMap((g) => [...g.body.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => `${g.id}: ${m[1]}`)).filter((l) => !/: \/es\//.test(l));
    expect(english).toEqual([]);
  });
});

describe('person-first Spanish', () => {
  // After NIDA's "Las palabras importan": words for people, not labels.
  const LABELS: Array<{ name: string; re: RegExp }> = [
    { name: '"adicto"', re: /\b(?:drog)?adict[oa]s?\b/i },
    { name: '"toxicómano"', re: /\btoxicóman[oa]s?\b/i },
    { name: '"vicioso" or "vicio"', re: /\bvici(?:o|os|os[oa]s?)\b/i },
    { name: '"abuso de sustancias"', re: /\babuso\s+de\s+(?:sustancias|drogas|alcohol)\b/i },
    { name: '"abusador"', re: /\babusador(?:a|es|as)?\b/i },
    { name: '"alcohólico" about a person', re: /\b(?:un|una|el|la|los|las|ser|soy|es|era)\s+alcohólic[oa]s?\b/i },
    {
      name: '"limpio" or "sucio" about a person or a test',
      re: /\b(?:estar|estoy|estás|está|están|estaba|seguir|sigue|sigo|mantenerte|mantenerse|salir|salió|dar|dio)\s+(?:limpi|suci)[oa]s?\b/i,
    },
    { name: '"limpio" for time without use', re: /\b(?:año|años|mes|meses|semana|semanas|días|tiempo)\s+(?:limpi|suci)[oa]s?\b/i },
    { name: '"limpio" or "sucio" about a test', re: /\b(?:prueba|pruebas|resultado|resultados|análisis|muestra)\s+(?:limpi|suci)[oa]s?\b/i },
  ];
  const files = [
    ...spanish.guides.map((g) => ({ file: `guides/es/${g.id}.mdx`, text: g.source.replace(/^sources:[\s\S]*?(?=^\w+:)/m, '') })),
    ...spanish.exercises.map((e) => ({ file: `exercises/es/${e.id}.json`, text: JSON.stringify(e.data) })),
    { file: 'i18n/es.ts', text: JSON.stringify(siteEs, (_k, v) => (typeof v === 'function' ? String(v) : v)) },
    ...widgetAreas.map((a) => ({ file: `i18n/widgets/es/${a.area}.ts`, text: JSON.stringify(a.es, (_k, v) => (typeof v === 'function' ? String(v) : v)) })),
  ];

  it.each(LABELS)('never uses $name', ({ re }) => {
    expect(files.filter((f) => re.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  it('catches the labels it looks for', () => {
    for (const bad of ['Es un adicto.', 'los drogadictos', 'el abuso de sustancias', 'Llevo un año limpio', 'estoy limpio', 'una prueba limpia', 'un alcohólico'])
      expect(
        LABELS.some(({ re }) => re.test(bad)),
        bad,
      ).toBe(true);
    for (const fine of ['una persona en recuperación', 'el consumo de sustancias', 'una cocina limpia', 'agua limpia'])
      expect(
        LABELS.some(({ re }) => re.test(fine)),
        fine,
      ).toBe(false);
  });
});

describe('the catalogues', () => {
  /** Every string of a catalogue, with functions called with sample values. */
  function strings(value: unknown, path = ''): Array<[string, string]> {
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') return [[path, String(value('Q1', 'Q2', 'Q3'))]];
    return Object.entries(value as object).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  // The same in both languages on purpose: the site's name, the key, a unit.
  const SAME = new Set(['site.tagline', 'guide.meta', 'tty']);

  it('have a Spanish file for every widget area', () => {
    expect(widgetAreas.filter((a) => !a.es).map((a) => a.area)).toEqual([]);
    expect(widgetAreas.length).toBeGreaterThan(0);
  });

  it.each([['site', siteEn, siteEs] as const, ...widgetAreas.map((a) => [`widgets/${a.area}`, a.en, a.es ?? {}] as const)])(
    'leave no %s string in English',
    (_name, en, es) => {
      const english = new Map(strings(en));
      const same = strings(es).filter(([path, text]) => english.get(path) === text && !SAME.has(path) && /[a-z]{3}/i.test(text));
      expect(same.map(([path]) => path)).toEqual([]);
    },
  );
});

describe('a saved answer shown in Spanish', () => {
  const choice: FieldDef = {
    id: 'kept',
    type: 'choice',
    label: '¿Lo cumpliste?',
    options: ['Sí', 'En parte', 'Hoy no'],
    values: ['Yes', 'Partly', 'Not today'],
    multiple: false,
  };
  const rating: FieldDef = { id: 'sure', type: 'rating', label: 'Seguridad', max: 10 };

  it('shows the Spanish option for an answer saved in English', () => {
    expect(formatValue(choice, 'Partly', frameEs)).toBe('En parte');
    expect(formatValue({ ...choice, multiple: true }, ['Yes', 'Not today'], frameEs)).toBe('Sí; Hoy no');
  });

  it('keeps an answer that matches no option as it was written', () => {
    expect(formatValue(choice, 'Maybe', frameEs)).toBe('Maybe');
  });

  it('says a rating in Spanish', () => {
    expect(formatValue(rating, 7, frameEs)).toBe('7 de 10');
    expect(formatValue(rating, 7)).toBe('7 out of 10');
  });
});

describe('Spanish syllables', () => {
  it.each([
    ['casa', 2],
    ['día', 2],
    ['ciudad', 2],
    ['leer', 2],
    ['hoy', 1],
    ['y', 1],
    ['recuperación', 5],
    ['guía', 2],
    ['que', 1],
  ])('%s has %i', (word, n) => {
    expect(countSyllablesEs(word)).toBe(n);
  });

  it('scores short plain sentences as easier than long ones', () => {
    const easy = readabilityOfTextEs('Hoy es un buen día. Sal a caminar. Llama a un amigo.');
    const hard = readabilityOfTextEs(
      'La reconstrucción progresiva de las relaciones interpersonales constituye, según diversas investigaciones longitudinales, un componente fundamental de la recuperación sostenida.',
    );
    expect(easy.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(50);
  });
});

describe('answers that could not be read', () => {
  it('say why in the page language', () => {
    expect(problemText({ code: 'newer', version: 3 })).toBe('it was saved by a newer version of this site (version 3)');
    expect(problemText({ code: 'newer', version: 3 }, frameEs.problems)).toBe('se guardó con una versión más nueva de este sitio (versión 3)');
    expect(problemText({ code: 'notJson' }, frameEs.problems)).toBe('no es un JSON válido');
  });
});
