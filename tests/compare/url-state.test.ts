import { describe, expect, it } from 'vitest';
import { moveCountry, parseCompareParams, serializeCompareState, shownColumns, toggleCountry, toggleDimension, type Universe } from '../../src/features/compare/url-state';

const U: Universe = { countries: ['uk', 'cz', 'nl', 'ee'], dimensions: ['start', 'stage', 'peer-team'], sortColumns: ['country', 'level'], milestones: { uk: 3, cz: 0, nl: 1, ee: 2 } };
const parse = (q: string) => parseCompareParams(q, U);

describe('the reference column (Finland) in the URL', () => {
  const R: Universe = { ...U, reference: 'fi', milestones: { ...U.milestones, fi: 2 } };
  it('is off by default, one parameter away, and shown first', () => {
    expect(parseCompareParams('', R).state.origin).toBe(false);
    const { state, notices } = parseCompareParams('origin=finland&sel=fi:start&milestone=fi:2', R);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ origin: true, selection: { country: 'fi', dimension: 'start' }, milestone: { country: 'fi', index: 1 } });
    expect(shownColumns(state, R)).toEqual(['fi', 'uk', 'cz', 'nl', 'ee']);
    expect(serializeCompareState(state, R)).toBe('sel=fi:start&milestone=fi:2&origin=finland');
  });
  it('ignores a selection of the reference while it is hidden, and an unknown value, with a notice', () => {
    const { state, notices } = parseCompareParams('origin=sweden&sel=fi:start', R);
    expect(state.origin).toBe(false);
    expect(state.selection).toBeUndefined();
    expect(notices).toEqual([
      'The reference column “sweden” is not known; it stays hidden (use origin=finland).',
      'The selected cell “fi:start” is not among the countries and dimensions shown; nothing is selected.',
    ]);
    expect(shownColumns(state, R)).toEqual(['uk', 'cz', 'nl', 'ee']);
  });
});

describe('parseCompareParams', () => {
  it('gives the default state for an empty query, with no notice', () => {
    expect(parse('')).toEqual({ state: { view: 'matrix', countries: ['uk', 'cz', 'nl', 'ee'], dimensions: ['start', 'stage', 'peer-team'], origin: false }, notices: [] });
  });

  it('keeps the order of countries as the link gives it, and the data order of dimensions', () => {
    const { state } = parse('view=timeline&countries=ee,uk&dims=peer-team,start&sel=ee:start&sort=level:desc');
    expect(state).toEqual({
      view: 'timeline',
      countries: ['ee', 'uk'],
      dimensions: ['start', 'peer-team'],
      selection: { country: 'ee', dimension: 'start' },
      sort: { column: 'level', descending: true },
      origin: false,
    });
  });

  it.each([
    ['view=pie', 'There is no view “pie”; showing the matrix instead.'],
    ['countries=uk,atlantis', 'Unknown countries in the link: “atlantis”; ignored.'],
    ['countries=atlantis', 'The link chose no known countries; showing all of them.'],
    ['dims=colour', 'Unknown dimensions in the link: “colour”; ignored.'],
    ['sel=uk:colour', 'The selected cell “uk:colour” is not among the countries and dimensions shown; nothing is selected.'],
    ['countries=cz&sel=uk:start', 'The selected cell “uk:start” is not among the countries and dimensions shown; nothing is selected.'],
    ['view=timeline&milestone=ee:3', 'The selected milestone “ee:3” is not on the timeline shown; nothing is selected.'],
    ['view=timeline&milestone=ee:0', 'The selected milestone “ee:0” is not on the timeline shown; nothing is selected.'],
    ['view=timeline&milestone=cz:1', 'The selected milestone “cz:1” is not on the timeline shown; nothing is selected.'],
    ['countries=uk&milestone=ee:1', 'The selected milestone “ee:1” is not on the timeline shown; nothing is selected.'],
    ['sort=text', 'The table cannot be sorted by “text”; it keeps its default order.'],
    ['sort=level:up', 'The table cannot be sorted by “level:up”; it keeps its default order.'],
    ['utm_source=x&zoom=2', 'The link has settings this page does not know (“utm_source”, “zoom”); they were ignored.'],
  ])('ignores %s with a notice', (query, notice) => {
    const { state, notices } = parse(query);
    expect(notices).toContain(notice);
    // What was valid still applies; nothing invalid leaks into the state.
    expect(U.countries).toEqual(expect.arrayContaining(state.countries));
    expect(['matrix', 'peers', 'timeline', 'table', 'sources']).toContain(state.view);
  });
});

describe('serializeCompareState', () => {
  it('writes nothing for the default state', () => {
    expect(serializeCompareState(parse('').state, U)).toBe('');
  });

  it.each([
    'view=peers',
    'countries=ee,uk',
    'dims=start,peer-team',
    'sel=nl:stage',
    'view=table&sort=country',
    'view=table&sort=level:desc',
    'view=timeline&countries=cz,nl&dims=stage&sel=cz:stage',
    'view=timeline&milestone=ee:2',
  ])('round-trips %s', (query) => {
    expect(serializeCompareState(parse(query).state, U)).toBe(query);
  });

  it('numbers milestones from 1 in the link and from 0 in the state', () => {
    expect(parse('view=timeline&milestone=uk:3').state.milestone).toEqual({ country: 'uk', index: 2 });
  });

  it('drops what was invalid, so the cleaned link no longer shows a notice', () => {
    const cleaned = serializeCompareState(parse('view=pie&countries=uk,atlantis&foo=1').state, U);
    expect(cleaned).toBe('countries=uk');
    expect(parse(cleaned).notices).toEqual([]);
  });
});

describe('choosing countries and dimensions', () => {
  it('removes a country but never the last one', () => {
    expect(toggleCountry(['ee', 'uk'], 'uk', U.countries)).toEqual(['ee']);
    expect(toggleCountry(['ee'], 'ee', U.countries)).toEqual(['ee']);
  });

  it('adds a country back at its default place among the chosen, keeping their order', () => {
    expect(toggleCountry(['uk', 'ee'], 'nl', U.countries)).toEqual(['uk', 'nl', 'ee']);
    expect(toggleCountry(['ee', 'uk'], 'cz', U.countries)).toEqual(['cz', 'ee', 'uk']);
    expect(toggleCountry(['uk'], 'ee', U.countries)).toEqual(['uk', 'ee']);
  });

  it('moves a country earlier or later, stopping at the ends', () => {
    expect(moveCountry(['uk', 'cz', 'nl'], 'nl', -1)).toEqual(['uk', 'nl', 'cz']);
    expect(moveCountry(['uk', 'cz'], 'uk', -1)).toEqual(['uk', 'cz']);
  });

  it('toggles dimensions in the data order, keeping at least one', () => {
    expect(toggleDimension(['peer-team'], 'start', U.dimensions)).toEqual(['start', 'peer-team']);
    expect(toggleDimension(['start'], 'start', U.dimensions)).toEqual(['start']);
  });
});
