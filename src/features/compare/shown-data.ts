/** The data a view shows, as flat rows: shared by the table, the CSV export and the sources list (pure). */
import { ascending } from 'd3-array';
import type { ComparisonCountry, ComparisonData, Confidence, Dimension } from '../../content/comparison-schema';
import { CONFIDENCES } from '../../content/comparison-vocabulary';
import type { Source } from '../../content/schema';
import type { SortKey } from './url-state';

export type ValueRow = {
  key: string;
  country: ComparisonCountry;
  dimension: Dimension;
  /** Position on the dimension's scale (-1 when not documented). */
  levelIndex: number;
  levelLabel: string;
  countryIndex: number;
  dimensionIndex: number;
};

export const SORT_COLUMNS = ['country', 'dimension', 'level', 'confidence'] as const;

export function valueRows(dimensions: readonly Dimension[], countries: readonly ComparisonCountry[]): ValueRow[] {
  return dimensions.flatMap((dimension, dimensionIndex) =>
    countries.map((country, countryIndex) => {
      const levelIndex = dimension.levels.findIndex((l) => l.id === country.values[dimension.id].level);
      return {
        key: `${country.id}:${dimension.id}`,
        country,
        dimension,
        levelIndex,
        levelLabel: levelIndex === -1 ? 'Not documented' : dimension.levels[levelIndex].label,
        countryIndex,
        dimensionIndex,
      };
    }),
  );
}

/** Which encodings a matrix of these values uses, so its legend and an export's caption explain only those. */
export type EncodingsShown = { ordered: boolean; kinds: boolean; confidences: Confidence[] };

export function encodingsShown(dimensions: readonly Dimension[], countries: readonly ComparisonCountry[]): EncodingsShown {
  const values = dimensions.flatMap((d) => countries.map((c) => ({ d, v: c.values[d.id] })));
  return {
    ordered: values.some(({ d, v }) => d.scale === 'ordinal' && Boolean(v.level)),
    kinds: values.some(({ d, v }) => d.scale === 'category' && Boolean(v.level)),
    confidences: CONFIDENCES.filter((c) => values.some(({ v }) => v.confidence === c)),
  };
}

/** Sorted copy; ties keep the matrix order (dimension, then country), so sorting is stable and predictable. */
export function sortRows(rows: readonly ValueRow[], sort: SortKey | undefined): ValueRow[] {
  if (!sort) return [...rows];
  const key = (r: ValueRow): number | string => {
    switch (sort.column) {
      case 'country': return r.countryIndex;
      case 'dimension': return r.dimensionIndex;
      case 'level': return r.levelIndex;
      default: return CONFIDENCES.indexOf(r.country.values[r.dimension.id].confidence);
    }
  };
  const dir = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => dir * ascending(key(a), key(b)) || a.dimensionIndex - b.dimensionIndex || a.countryIndex - b.countryIndex);
}

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (fields: string[]) => fields.map(csvField).join(',');

export function valuesCsv(rows: readonly ValueRow[]): string {
  const header = ['country', 'dimension', 'level', 'level_position', 'confidence', 'strength', 'text', 'sources', 'card'];
  const lines = rows.map((r) => {
    const v = r.country.values[r.dimension.id];
    const position = r.levelIndex === -1 ? '' : `${r.levelIndex + 1}/${r.dimension.levels.length}`;
    return csvLine([r.country.name, r.dimension.label, r.levelLabel, position, v.confidence, v.strength ?? '', v.text, v.sources.join(' '), v.href]);
  });
  return [csvLine(header), ...lines].join('\n') + '\n';
}

export function milestonesCsv(countries: readonly ComparisonCountry[]): string {
  const header = ['country', 'date', 'type', 'milestone', 'confidence', 'strength', 'sources'];
  const lines = countries.flatMap((c) =>
    c.milestones.map((m) => csvLine([c.name, m.date, m.type, m.label, m.confidence, m.strength ?? '', m.sources.join(' ')])),
  );
  return [csvLine(header), ...lines].join('\n') + '\n';
}

/** The sources cited by what is shown, in order of first use. */
export function shownSources(
  data: ComparisonData,
  dimensions: readonly Dimension[],
  countries: readonly ComparisonCountry[],
  withMilestones: boolean,
): Source[] {
  const ids = new Set<string>();
  for (const d of dimensions) for (const c of countries) c.values[d.id].sources.forEach((s) => ids.add(s));
  if (withMilestones) for (const c of countries) for (const m of c.milestones) m.sources.forEach((s) => ids.add(s));
  return data.sources.filter((s) => ids.has(s.id));
}
