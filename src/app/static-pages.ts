/**
 * Which pages the build prerenders. Every route without parameters is prerendered by itself; a route with
 * parameters (`/cards/:id`) lists the values of its parameter here, one line per route. The build fails when a
 * route with parameters has no line, so a new page type is never silently left out.
 */
import { allCards } from '../content/cards';
import { allDecks } from '../content/decks';
import { allPaths } from '../content/paths';

export type ParamValues = () => (string | Record<string, string>)[];

/** Keyed by the route's full path; a string value fills the route's single parameter. */
export const dynamicPages: Record<string, ParamValues> = {
  '/cards/:id': () => allCards.map((c) => c.id),
  '/paths/:id': () => allPaths.map((p) => p.id),
  '/decks/:deck/handout': () => allDecks.map((d) => d.id),
  // A deck's first slide is prerendered; later slides render on the client from the same bundle.
  '/present/:deck/:slide?': () => allDecks.map((d) => ({ deck: d.id })),
  // A trainer's own decks live in their browser, not in the build: the service worker answers their addresses with
  // the app shell, which renders them (the builder's own pages, /decks/new and /decks/mine, are prerendered).
  '/decks/mine/:id': () => [],
  '/decks/mine/:id/handout': () => [],
  '/present/mine/:id/:slide?': () => [],
};
