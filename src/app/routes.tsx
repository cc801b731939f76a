import type { RouteObject } from 'react-router';
import { ErrorPage } from '../ui/ErrorPage';
import { NotFound } from '../ui/NotFound';
import { Layout } from './Layout';

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
          { index: true, lazy: () => import('../features/home/home-route') },
          { path: 'cards', lazy: () => import('../features/cards/cards-list-route') },
          { path: 'search', lazy: () => import('../features/search/search-route') },
          {
            // A card read as a step of a guided path (?path=<id>) shows its place in the path: the paths feature
            // wraps the card page here, so neither feature imports the other.
            lazy: () => import('../features/paths/path-trail-route'),
            children: [{ path: 'cards/:id', lazy: () => import('../features/cards/card-route') }],
          },
          { path: 'paths', lazy: () => import('../features/paths/paths-list-route') },
          { path: 'paths/:id', lazy: () => import('../features/paths/path-route') },
          { path: 'webinar', lazy: () => import('../features/webinar/webinar-route') },
          { path: 'glossary', lazy: () => import('../features/glossary/glossary-route') },
          { path: 'graph', lazy: () => import('../features/graph/graph-route') },
          { path: 'compare', lazy: () => import('../features/compare/compare-route') },
          { path: 'decks', lazy: () => import('../features/present/decks-route') },
          { path: 'decks/:deck/handout', lazy: () => import('../features/present/handout-route') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
  // Full-screen slides: outside the layout, so no site chrome shows on the projector.
  { path: '/present/:deck/:slide?', lazy: () => import('../features/present/present-route') },
  // The explorer without site chrome, framed by comparison slides in a deck.
  { path: '/embed/compare', lazy: () => import('../features/compare/compare-embed-route') },
];
