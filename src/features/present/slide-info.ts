import { getCard } from '../../content/cards';
import type { Deck, Slide } from '../../content/deck-schema';
import { partLabel } from '../../content/slide-fit';
import { paths } from '../../lib/paths';

/** The comparison explorer's URL for a saved view (built here: features do not import each other). */
/** The explorer at a saved state; `embed` gives the chrome-free page a slide frames (`/embed/compare`). */
export const compareHref = (query: string, embed = false) => `${embed ? '/embed' : ''}/compare${query ? `?${query}` : ''}`;

/** A slide's title, for the overview, the speaker view and the handout ("Open Dialogue: How it works (2/3)"). */
export function slideTitle(slide: Slide): string {
  if (slide.kind !== 'card') return partLabel(slide.title, slide.part);
  const title = getCard(slide.card)?.title ?? slide.card;
  return slide.section ? `${title}: ${partLabel(slide.section, slide.part)}` : title;
}

/** The tab's title on a slide: the slide and where it is in the deck, and the deck's name once (not on its title slide). */
export function slideTabTitle(deck: Deck, index: number): string {
  const title = slideTitle(deck.slides[index]);
  const where = `${index + 1}/${deck.slides.length}`;
  return title === deck.title || title.startsWith(`${deck.title} (`) ? `${title} (${where})` : `${title} (${where}) · ${deck.title}`;
}

/** Where an attendee's phone should go for this slide: the card, the comparison view, or the slide itself. */
export function slideLink(deck: Deck, index: number): string {
  const slide = deck.slides[index];
  if (slide.kind === 'card') return paths.card(slide.card);
  if (slide.kind === 'compare') return compareHref(slide.query);
  return paths.present(deck.id, index + 1);
}

/** Every source a deck cites, cards' and free slides', in order of first use. */
export function deckSources(deck: Deck): string[] {
  const ids = deck.slides.flatMap((s) => (s.kind === 'card' ? (getCard(s.card)?.sources ?? []) : s.kind === 'text' ? s.sources : []));
  return [...new Set(ids)];
}
