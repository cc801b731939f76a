/**
 * Which pages the build prerenders. Every route without parameters is prerendered by itself; a route with
 * parameters (`/cards/:id`) lists the values of its parameter here, one line per route. The build fails when a
 * route with parameters has no line, so a new page type is never silently left out.
 */
import { allCards } from '../content/cards';

export type ParamValues = () => (string | Record<string, string>)[];

/** Keyed by the route's full path; a string value fills the route's single parameter. */
export const dynamicPages: Record<string, ParamValues> = {
  '/cards/:id': () => allCards.map((c) => c.id),
};
