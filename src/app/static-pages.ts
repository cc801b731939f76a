/**
 * Which pages the build prerenders. Every route without parameters is prerendered by itself; a route with
 * parameters (`/cards/:id`) lists the values of its parameter here, one line per route. The build fails when a
 * route with parameters has no line, so a new page type is never silently left out.
 */
import { allCards, allTags } from '../content/cards';
import { allDecks } from '../content/decks';
import { allPaths } from '../content/paths';
import { paths, presentedId } from '../lib/paths';

export type ParamValues = () => (string | Record<string, string>)[];

/** Keyed by the route's full path; a string value fills the route's single parameter. */
export const dynamicPages: Record<string, ParamValues> = {
  '/cards/:id': () => allCards.map((c) => c.id),
  '/cards/kind/:kind': () => [...new Set(allCards.map((c) => c.kind))],
  '/tags/:tag': () => [...allTags],
  '/paths/:id': () => allPaths.map((p) => p.id),
  '/decks/:deck/handout/:mode?': () => allDecks.flatMap((d): Record<string, string>[] => [{ deck: d.id }, { deck: d.id, mode: 'compact' }]),
  // A deck's own address; each slide's address is prerendered too, as an unlisted page (below).
  '/present/:deck/:slide?': () => allDecks.map((d) => ({ deck: d.id })),
  // Addresses of an earlier version that redirect to today's (a trainer's decks are in the query: lib/paths.ts).
  '/decks/mine/:id': () => [],
  '/decks/mine/:id/handout/:mode?': () => [],
  '/present/mine/:id/:slide?': () => [],
};

/**
 * Pages prerendered but left out of the sitemap, so a static host answers each with its own page (status 200),
 * never 404.html:
 * - every slide of every deck (`/present/<deck>/<n>`), the address each "Present" link, slide move, QR code and
 *   speaker view (the same page, `?view=speaker`) uses; the deck's own address is the listed one;
 * - the pages of a trainer's own deck, named in the query (lib/paths.ts): they show nothing without it.
 */
export const unlistedPages = (): string[] => [
  ...allDecks.flatMap((d) => d.slides.map((_, i) => paths.present(d.id, i + 1))),
  ...[paths.present(presentedId('any')), paths.myDeck('any'), paths.handout(presentedId('any'))].map((address) => address.split('?')[0]),
];
