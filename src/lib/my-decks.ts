/**
 * A trainer's own deck, made in the browser: the same slides a `content/decks/<id>.yaml` file holds (the schema's
 * `SlideSource`), so it presents like a shipped deck and exports as a file the build accepts. Pure functions only:
 * storing is deck-store.ts, sharing deck-share.ts, files deck-yaml.ts.
 */
import type { SlideSource } from '../content/deck-schema';

export type MyDeck = {
  /** Lower-case letters and digits, made in this browser; a shipped deck's id never starts with `mine/`. */
  id: string;
  title: string;
  /** One sentence for the list of decks (the build asks 20 to 320 characters; export fills in a short one). */
  summary: string;
  minutes?: number;
  slides: SlideSource[];
  /** When it last changed, in ms since 1970: the list shows the latest first. */
  updated: number;
};

export const LOCAL_ID = /^[a-z0-9]{4,24}$/;

/** A new id: eight random base-36 characters (about 2.8 million million), so two decks never clash. */
export function newDeckId(random: () => number = Math.random): string {
  return Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join('');
}

export function newDeck(id = newDeckId(), now = Date.now()): MyDeck {
  return { id, title: 'Untitled deck', summary: '', slides: [], updated: now };
}

const clampIndex = (i: number, length: number) => Math.max(0, Math.min(i, length));

/** The deck with `slide` added at `at` (the end by default). */
export function addSlide(deck: MyDeck, slide: SlideSource, at = deck.slides.length, now = Date.now()): MyDeck {
  const slides = [...deck.slides];
  slides.splice(clampIndex(at, slides.length), 0, slide);
  return { ...deck, slides, updated: now };
}

/** The deck with the slide at `from` moved to `to` (both kept inside the deck). */
export function moveSlide(deck: MyDeck, from: number, to: number, now = Date.now()): MyDeck {
  if (from < 0 || from >= deck.slides.length) return deck;
  const target = clampIndex(to, deck.slides.length - 1);
  if (target === from) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(target, 0, moved);
  return { ...deck, slides, updated: now };
}

export function removeSlide(deck: MyDeck, at: number, now = Date.now()): MyDeck {
  if (at < 0 || at >= deck.slides.length) return deck;
  return { ...deck, slides: deck.slides.filter((_, i) => i !== at), updated: now };
}

/** The deck with the slide at `at` replaced (an edited title, notes, section). */
export function replaceSlide(deck: MyDeck, at: number, slide: SlideSource, now = Date.now()): MyDeck {
  if (at < 0 || at >= deck.slides.length) return deck;
  return { ...deck, slides: deck.slides.map((s, i) => (i === at ? slide : s)), updated: now };
}

export function updateDeck(deck: MyDeck, fields: Partial<Pick<MyDeck, 'title' | 'summary' | 'minutes'>>, now = Date.now()): MyDeck {
  return { ...deck, ...fields, updated: now };
}

/** What a slide is called in lists and announcements; `cardTitle` names a card by its id. */
export function slideLabel(slide: SlideSource, cardTitle: (id: string) => string | undefined): string {
  if (slide.kind !== 'card') return slide.title;
  const title = cardTitle(slide.card) ?? slide.card;
  return slide.section ? `${title}: ${slide.section}` : title;
}

/** The same slides, title and length: a deck opened again from the same shared link is not saved twice. */
export function sameContent(a: Omit<MyDeck, 'id' | 'updated'>, b: Omit<MyDeck, 'id' | 'updated'>): boolean {
  const key = (d: Omit<MyDeck, 'id' | 'updated'>) => JSON.stringify([d.title, d.summary, d.minutes ?? null, d.slides]);
  return key(a) === key(b);
}

/**
 * The comparison explorer's URL state from what a trainer pasted: a whole link (`https://…/compare?view=peers`),
 * a path, or the query itself; undefined when it is a link to another page.
 */
export function compareQueryFrom(input: string): string | undefined {
  const text = input.trim();
  if (!text) return '';
  if (/^(https?:)?\/\//.test(text) || text.startsWith('/')) {
    try {
      const url = new URL(text, 'https://x.invalid');
      if (!/\/(embed\/)?compare\/?$/.test(url.pathname)) return undefined;
      return url.search.replace(/^\?/, '');
    } catch {
      return undefined;
    }
  }
  return text.replace(/^\?/, '').replace(/#.*$/, '').replace(/\s+/g, '');
}
