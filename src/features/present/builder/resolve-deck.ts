/**
 * A trainer's deck made ready to present: the same `Deck` a shipped deck is, so the present feature's slides,
 * speaker view, overview and handout show it as they show any other. Card sections come from the card's compiled
 * body, text from the slide's markdown, each as the build would make them. A slide whose card or section has gone
 * (the knowledge base changed since) is left out and named; the deck itself is not changed.
 */
import { cardFile } from '../../../content/bodies';
import { getCard } from '../../../content/cards';
import type { Deck, Slide } from '../../../content/deck-schema';
import type { BodyNode } from '../../../content/schema';
import { getSource } from '../../../content/sources';
import { comparisonData } from '../../../content/comparison';
import { splitLongSlides } from '../../../content/slide-fit';
import { markdownToBlocks } from '../../../content/slide-markdown';
import { sectionBlocks } from '../../../lib/card-sections';
import type { Known } from '../../../lib/deck-input';
import type { MyDeck } from '../../../lib/my-decks';
import { presentedId } from '../../../lib/paths';

const DIMENSION_IDS = comparisonData.dimensions.map((d) => d.id);

export const known: Known = { card: (id) => getCard(id) !== undefined, source: (id) => getSource(id) !== undefined };

const titleOf = (id: string) => getCard(id)?.title;

export type ResolvedDeck = { deck: Deck; dropped: string[] };

export async function resolveDeck(mine: MyDeck): Promise<ResolvedDeck> {
  const dropped: string[] = [];
  const slides: (Slide | undefined)[] = await Promise.all(
    mine.slides.map(async (s, i): Promise<Slide | undefined> => {
      if (s.kind === 'compare') return s;
      if (s.kind === 'text') return { kind: 'text', title: s.title, blocks: markdownToBlocks(s.body ?? '', titleOf), sources: s.sources ?? [], notes: s.notes };
      if (!getCard(s.card)) {
        dropped.push(`Slide ${i + 1}: the card "${s.card}", which is no longer in the knowledge base`);
        return undefined;
      }
      if (!s.section) return { kind: 'card', card: s.card, blocks: [], notes: s.notes };
      const blocks = sectionBlocks((await cardFile(s.card)!).body, s.section);
      if (!blocks) {
        dropped.push(`Slide ${i + 1}: the section "${s.section}" of "${getCard(s.card)!.title}", which the card no longer has`);
        return undefined;
      }
      return { kind: 'card', card: s.card, section: s.section, blocks, notes: s.notes };
    }),
  );
  const summary = mine.summary.trim() || `A deck of ${mine.slides.length} slides made in this browser.`;
  return {
    // A section too long for one slide becomes numbered continuation slides, as in a shipped deck; so does a
    // comparison matrix of more rows than a slide holds (the builder's views show every dimension).
    deck: {
      id: presentedId(mine.id),
      title: mine.title,
      summary,
      minutes: mine.minutes,
      slides: splitLongSlides(slides.filter((s) => s !== undefined), getCard, DIMENSION_IDS),
    },
    dropped,
  };
}

/** Every card's compiled body the deck shows, for its handout (which prints each card in full). */
export async function deckBodies(deck: Deck): Promise<Record<string, BodyNode[]>> {
  const ids = [...new Set(deck.slides.flatMap((s) => (s.kind === 'card' ? [s.card] : [])))];
  const loaded = await Promise.all(ids.map(async (id) => [id, (await cardFile(id))?.body] as const));
  return Object.fromEntries(loaded.filter((e): e is readonly [string, BodyNode[]] => e[1] !== undefined));
}
