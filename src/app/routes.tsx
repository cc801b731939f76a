import { type LazyRouteFunction, type RouteObject } from 'react-router';
import { importWithRetry } from '../lib/load-retry';
import { ErrorPage } from '../ui/ErrorPage';
import { NotFound } from '../ui/NotFound';
import { Layout } from './Layout';

type RouteModule = Awaited<ReturnType<LazyRouteFunction<RouteObject>>>;
// A feature's route modules, and those of a part of a feature in its own folder (present/builder).
const routeModules = import.meta.glob<RouteModule>(['../features/*/*-route.tsx', '../features/*/*/*-route.tsx']);

/**
 * A lazy route whose id is its module (`cards/card-route` for src/features/cards/card-route.tsx): the prerender
 * step looks the id up in the build's manifest and preloads the page's chunks from its static HTML. A chunk that
 * fails to arrive is fetched again (`importWithRetry`); the router keeps a route's failed load for its lifetime,
 * so trying again after that starts a new router (src/main.tsx).
 */
function lazyRoute(module: string, id = module): Pick<RouteObject, 'id' | 'lazy'> {
  const load = routeModules[`../features/${module}.tsx`];
  if (!load) throw new Error(`No route module src/features/${module}.tsx`);
  return { id, lazy: () => importWithRetry(load, "This page's code") };
}

// One module answers the three addresses of an earlier version (each route needs an id of its own).
const OLD_ADDRESS = 'present/builder/old-address-route';

/** The route table. Each feature is lazy-loaded, so a page pays only for its own code. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: ErrorPage,
    children: [
      {
        // Errors below render inside the layout, so the header and a way back stay visible.
        ErrorBoundary: ErrorPage,
        children: [
          { index: true, ...lazyRoute('home/home-route') },
          { path: 'cards', ...lazyRoute('cards/cards-list-route') },
          { path: 'cards/kind/:kind', ...lazyRoute('cards/kind-route') },
          { path: 'tags', ...lazyRoute('cards/tags-route') },
          { path: 'tags/:tag', ...lazyRoute('cards/tag-route') },
          { path: 'search', ...lazyRoute('search/search-route') },
          {
            // A card read as a step of a guided path (?path=<id>) shows its place in the path: the paths feature
            // wraps the card page here, so neither feature imports the other.
            ...lazyRoute('paths/path-trail-route'),
            children: [{ path: 'cards/:id', ...lazyRoute('cards/card-route') }],
          },
          { path: 'paths', ...lazyRoute('paths/paths-list-route') },
          { path: 'paths/:id', ...lazyRoute('paths/path-route') },
          { path: 'webinar', ...lazyRoute('webinar/webinar-route') },
          { path: 'webinar/handout', ...lazyRoute('webinar/webinar-handout-route') },
          { path: 'glossary', ...lazyRoute('glossary/glossary-route') },
          { path: 'graph', ...lazyRoute('graph/graph-route') },
          { path: 'compare', ...lazyRoute('compare/compare-route') },
          { path: 'evidence', ...lazyRoute('evidence/evidence-route') },
          { path: 'decks', ...lazyRoute('present/decks-route') },
          { path: 'decks/:deck/handout/:mode?', ...lazyRoute('present/handout-route') },
          // A trainer's own decks, kept in their browser: the deck builder.
          { path: 'decks/new', ...lazyRoute('present/builder/new-deck-route') },
          { path: 'decks/mine', ...lazyRoute('present/builder/my-decks-route') },
          // A deck's id is in the query (lib/paths.ts), so each of these is one prerendered page.
          { path: 'decks/mine/edit', ...lazyRoute('present/builder/deck-editor-route') },
          { path: 'decks/mine/handout', ...lazyRoute('present/builder/my-handout-route') },
          // The addresses of an earlier version, kept by bookmarks: sent on to today's.
          { path: 'decks/mine/:id', ...lazyRoute(OLD_ADDRESS, 'old-deck-address') },
          { path: 'decks/mine/:id/handout/:mode?', ...lazyRoute(OLD_ADDRESS, 'old-handout-address') },
          { path: 'decks/shared', ...lazyRoute('present/builder/shared-deck-route') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
  // Full-screen slides: outside the layout, so no site chrome shows on the projector.
  { path: '/present/:deck/:slide?', ...lazyRoute('present/present-route') },
  { path: '/present/mine', ...lazyRoute('present/builder/my-present-route') },
  { path: '/present/mine/:id/:slide?', ...lazyRoute(OLD_ADDRESS, 'old-present-address') },
  // The explorer without site chrome, framed by comparison slides in a deck.
  { path: '/embed/compare', ...lazyRoute('compare/compare-embed-route') },
];

/** The source file of a lazy route's module (see lazyRoute), as the build's manifest names it; else undefined. */
export function routeModuleSource(id: string): string | undefined {
  return `../features/${id}.tsx` in routeModules ? `src/features/${id}.tsx` : undefined;
}
