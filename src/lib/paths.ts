export type HandoutMode = 'full' | 'compact';

/**
 * A trainer's own deck (`mine/<id>`) lives in one browser, not in the build: its pages are a few prerendered pages
 * that read the deck's id from the query (`/present/mine?deck=<id>&slide=2`), so a static host answers each with a
 * real page (status 200) rather than its 404 page.
 */
const MINE_PREFIX = 'mine/';
/** What the present feature's routes call a trainer's deck (lib/my-decks.ts): `mine/<id>`. Here, not beside the
 * deck's model, so that every page's links do not load that model. */
export const presentedId = (id: string) => `${MINE_PREFIX}${id}`;
const mineId = (deck: string) => (deck.startsWith(MINE_PREFIX) ? deck.slice(MINE_PREFIX.length) : undefined);
const query = (fields: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/** One place that builds every internal link, so a route change is one edit. */
export const paths = {
  home: () => '/',
  cards: () => '/cards',
  /** Every card of one kind (`/cards/kind/study`): a page of its own, prerendered, that works without JavaScript. */
  cardsOfKind: (kind: string) => `/cards/kind/${kind}`,
  tags: () => '/tags',
  /** Every card with one tag (`/tags/core`). */
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}`,
  card: (id: string, anchor?: string) => `/cards/${id}${anchor ? `#${anchor}` : ''}`,
  search: (query = '') => (query.trim() ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
  decks: () => '/decks',
  /** Full (every card in full) or compact (summaries and key points, several cards a page). */
  handout: (deck: string, mode: HandoutMode = 'full') => {
    const mine = mineId(deck);
    if (mine) return `/decks/mine/handout?${query({ deck: mine, mode: mode === 'compact' ? 'compact' : undefined })}`;
    return `/decks/${deck}/handout${mode === 'compact' ? '/compact' : ''}`;
  },
  /** A trainer's own decks, kept in their browser (features/present/builder). */
  myDecks: () => '/decks/mine',
  newDeck: () => '/decks/new',
  /** The builder, editing one of the trainer's decks. */
  myDeck: (id: string) => `/decks/mine/edit?${query({ deck: id })}`,
  /** A deck carried whole in the link's fragment (lib/deck-share.ts), which no server sees. */
  sharedDeck: (fragment: string) => `/decks/shared#${fragment}`,
  /** Slides count from 1 in the URL; the speaker view is the same URL with `?view=speaker`. */
  present: (deck: string, slide = 1, view?: 'speaker') => {
    const mine = mineId(deck);
    if (mine) return `/present/mine?${query({ deck: mine, slide: String(slide), view })}`;
    return `/present/${deck}/${slide}${view ? `?view=${view}` : ''}`;
  },
  /** A card read as a step of a guided path: the card page shows the path's previous and next steps. */
  cardInPath: (id: string, pathId: string) => `/cards/${id}?path=${encodeURIComponent(pathId)}`,
  guidedPaths: () => '/paths',
  guidedPath: (id: string) => `/paths/${id}`,
  webinar: () => '/webinar',
  /** The webinar on one printed page. */
  webinarHandout: () => '/webinar/handout',
  glossary: (anchor?: string) => `/glossary${anchor ? `#${anchor}` : ''}`,
  graph: (query = '') => `/graph${query ? `?${query}` : ''}`,
  /** The comparison explorer; `query` is its URL state (see features/compare/url-state.ts). */
  compare: (query = '') => (query ? `/compare?${query}` : '/compare'),
  /** Evidence at a glance; `query` is its filters (see features/evidence/evidence-filters.ts). */
  evidence: (query = '') => (query ? `/evidence?${query}` : '/evidence'),
} as const;

/** The address the static 404 page (404.html) is prerendered for: a static host serves it for any unknown address. */
export const NOT_FOUND_PATH = '/404';

/** The card id a link points to, when `href` is an internal card link (`/cards/<id>`). */
export function cardIdFromHref(href: string): string | undefined {
  const m = /^\/cards\/([a-z0-9-]+)\/?(?:[#?].*)?$/.exec(href);
  return m?.[1];
}
