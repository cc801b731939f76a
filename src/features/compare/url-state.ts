/**
 * The explorer's whole state lives in the URL, so a link reproduces what a trainer shows. Each parameter parses
 * to a valid value or is ignored with a notice; only what differs from the default is written back.
 *   view=matrix|peers|timeline|table|sources   countries=a,b (order kept)   dims=x,y   sel=country:dimension
 *   milestone=country:n (the timeline's nth milestone of a country, from 1)   sort=column[:desc] (table)
 *   origin=finland (the reference column: Western Lapland, where OD was developed, beside the countries)
 */

export const VIEWS = ['matrix', 'peers', 'timeline', 'table', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  matrix: 'Matrix',
  peers: 'Peer roles',
  timeline: 'Timeline',
  table: 'Table',
  sources: 'Sources',
};

export type Selection = { country: string; dimension: string };
/** A milestone on the timeline: the country and the milestone's place in its list (0-based here, 1-based in links). */
export type MilestoneSelection = { country: string; index: number };
export type SortKey = { column: string; descending: boolean };

export type CompareState = {
  view: View;
  /** Chosen countries in the order shown. */
  countries: string[];
  /** Chosen dimensions, in the data's order. */
  dimensions: string[];
  selection?: Selection;
  milestone?: MilestoneSelection;
  sort?: SortKey;
  /** Finland (Western Lapland) shown as the reference column, before the countries. */
  origin: boolean;
};

/** What the URL may name: the data's ids, in their default order. */
export type Universe = {
  countries: readonly string[];
  dimensions: readonly string[];
  sortColumns: readonly string[];
  /** How many milestones each country (and the reference) has. */
  milestones: Readonly<Record<string, number>>;
  /** The reference column's id, when the data has one. */
  reference?: string;
};

export const ORIGIN_VALUE = 'finland';

export const defaultState = (u: Universe): CompareState => ({ view: 'matrix', countries: [...u.countries], dimensions: [...u.dimensions], origin: false });

/** The columns shown, in order: the reference first when it is on. */
export const shownColumns = (state: CompareState, u: Universe): string[] =>
  state.origin && u.reference ? [u.reference, ...state.countries] : state.countries;

const list = (raw: string) => raw.split(',').map((s) => s.trim()).filter(Boolean);
const quote = (items: string[]) => items.map((s) => `“${s}”`).join(', ');

/** Parses the query string; `notices` says, in plain words, what was ignored and why. */
export function parseCompareParams(search: string | URLSearchParams, u: Universe): { state: CompareState; notices: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultState(u);
  const notices: string[] = [];
  const known = new Set(['view', 'countries', 'dims', 'sel', 'milestone', 'sort', 'origin']);
  const unknownParams = [...new Set([...params.keys()].filter((k) => !known.has(k)))];
  if (unknownParams.length) notices.push(`The link has settings this page does not know (${quote(unknownParams)}); they were ignored.`);

  const view = params.get('view');
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as View;
    else notices.push(`There is no view “${view}”; showing the matrix instead.`);
  }

  const pick = (raw: string | null, all: readonly string[], what: string, keepOrder: boolean) => {
    if (raw === null) return undefined;
    const asked = [...new Set(list(raw))];
    const valid = asked.filter((id) => all.includes(id));
    const invalid = asked.filter((id) => !all.includes(id));
    if (invalid.length) notices.push(`Unknown ${what} in the link: ${quote(invalid)}; ignored.`);
    if (!valid.length) {
      notices.push(`The link chose no known ${what}; showing all of them.`);
      return undefined;
    }
    return keepOrder ? valid : all.filter((id) => valid.includes(id));
  };
  state.countries = pick(params.get('countries'), u.countries, 'countries', true) ?? state.countries;
  state.dimensions = pick(params.get('dims'), u.dimensions, 'dimensions', false) ?? state.dimensions;

  const origin = params.get('origin');
  if (origin !== null) {
    if (origin === ORIGIN_VALUE && u.reference) state.origin = true;
    else notices.push(`The reference column “${origin}” is not known; it stays hidden (use origin=${ORIGIN_VALUE}).`);
  }
  const columns = shownColumns(state, u);

  const sel = params.get('sel');
  if (sel !== null) {
    const [country, dimension] = sel.split(':');
    if (columns.includes(country) && state.dimensions.includes(dimension ?? '')) state.selection = { country, dimension };
    else notices.push(`The selected cell “${sel}” is not among the countries and dimensions shown; nothing is selected.`);
  }

  const milestone = params.get('milestone');
  if (milestone !== null) {
    const [country, n] = milestone.split(':');
    const index = /^[1-9]\d*$/.test(n ?? '') ? Number(n) - 1 : -1;
    if (columns.includes(country) && index >= 0 && index < (u.milestones[country] ?? 0)) state.milestone = { country, index };
    else notices.push(`The selected milestone “${milestone}” is not on the timeline shown; nothing is selected.`);
  }

  const sort = params.get('sort');
  if (sort !== null) {
    const [column, dir] = sort.split(':');
    if (u.sortColumns.includes(column) && (dir === undefined || dir === 'desc')) state.sort = { column, descending: dir === 'desc' };
    else notices.push(`The table cannot be sorted by “${sort}”; it keeps its default order.`);
  }
  return { state, notices };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The query string for `state`, with only what differs from the default ("" for the default view). */
export function serializeCompareState(state: CompareState, u: Universe): string {
  const params = new URLSearchParams();
  if (state.view !== 'matrix') params.set('view', state.view);
  if (!same(state.countries, u.countries)) params.set('countries', state.countries.join(','));
  if (!same(state.dimensions, u.dimensions)) params.set('dims', state.dimensions.join(','));
  if (state.selection) params.set('sel', `${state.selection.country}:${state.selection.dimension}`);
  if (state.milestone) params.set('milestone', `${state.milestone.country}:${state.milestone.index + 1}`);
  if (state.sort) params.set('sort', `${state.sort.column}${state.sort.descending ? ':desc' : ''}`);
  if (state.origin && u.reference) params.set('origin', ORIGIN_VALUE);
  // Commas and colons stay readable in a shared link.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * Adds or removes a country. The chosen order is kept; a country added back takes its default place among the
 * chosen ones. The last country cannot be removed (an empty chart helps nobody).
 */
export function toggleCountry(chosen: readonly string[], id: string, all: readonly string[]): string[] {
  if (chosen.includes(id)) return chosen.length > 1 ? chosen.filter((c) => c !== id) : [...chosen];
  const rank = all.indexOf(id);
  const before = chosen.findIndex((c) => all.indexOf(c) > rank);
  return before === -1 ? [...chosen, id] : [...chosen.slice(0, before), id, ...chosen.slice(before)];
}

/** Adds or removes a dimension, keeping the data's order; at least one stays. */
export function toggleDimension(chosen: readonly string[], id: string, all: readonly string[]): string[] {
  if (chosen.includes(id)) return chosen.length > 1 ? chosen.filter((d) => d !== id) : [...chosen];
  return all.filter((d) => d === id || chosen.includes(d));
}

/** Moves a chosen country one place earlier (-1) or later (+1). */
export function moveCountry(chosen: readonly string[], id: string, by: -1 | 1): string[] {
  const i = chosen.indexOf(id);
  const j = i + by;
  if (i === -1 || j < 0 || j >= chosen.length) return [...chosen];
  const next = [...chosen];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}
