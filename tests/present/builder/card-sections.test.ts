import { describe, expect, it } from 'vitest';
import { loadCardFile } from 'virtual:content/bodies';
import { allCards } from '../../../src/content/cards';
import { allDecks } from '../../../src/content/decks';
import { bodySections, sectionBlocks } from '../../../src/lib/card-sections';

const bodyOf = async (id: string) => (await loadCardFile(id)!).body;

describe('a card section on a trainer\'s slide', () => {
  it('reads exactly as the build compiles the same section for every shipped deck', async () => {
    const slides = allDecks.flatMap((d) => d.slides.flatMap((s) => (s.kind === 'card' && s.section ? [s] : [])));
    expect(slides.length).toBeGreaterThan(5);
    for (const s of slides) {
      expect(sectionBlocks(await bodyOf(s.card), s.section!), `${s.card}: ${s.section}`).toEqual(s.blocks);
    }
  });

  it('lists every ## heading of a card, and none for an unknown heading', async () => {
    const body = await bodyOf('open-dialogue');
    expect(bodySections(body)).toContain('How it works');
    expect(sectionBlocks(body, 'No such section')).toBeUndefined();
    expect(allCards.length).toBeGreaterThan(10);
  });
});
