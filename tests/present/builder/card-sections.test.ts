import { describe, expect, it } from 'vitest';
import { loadCardFile } from 'virtual:content/bodies';
import { allCards } from '../../../src/content/cards';
import { allDecks } from '../../../src/content/decks';
import { getCard } from '../../../src/content/cards';
import { splitSlide } from '../../../src/content/slide-fit';
import { bodySections, sectionBlocks } from '../../../src/lib/card-sections';
import { markdownToBlocks } from '../../../src/content/slide-markdown';

const bodyOf = async (id: string) => (await loadCardFile(id)!).body;

describe('a card section on a trainer\'s slide', () => {
  it('reads exactly as the build compiles the same section for every shipped deck', async () => {
    const slides = allDecks.flatMap((d) => d.slides.flatMap((s) => (s.kind === 'card' && s.section ? [s] : [])));
    expect(slides.length).toBeGreaterThan(5);
    // A long section is split into numbered parts at the build, and by the same function for a trainer's deck.
    for (const deck of allDecks) {
      for (const [i, s] of deck.slides.entries()) {
        if (s.kind !== 'card' || !s.section || (s.part && s.part.n > 1)) continue;
        const parts = deck.slides.slice(i, i + (s.part?.of ?? 1)).map((t) => ({ ...t, notes: undefined }));
        const mine = splitSlide({ kind: 'card', card: s.card, section: s.section, blocks: sectionBlocks(await bodyOf(s.card), s.section)! }, getCard);
        expect(mine.map((t) => ({ ...t, notes: undefined })), `${s.card}: ${s.section}`).toEqual(parts);
      }
    }
  });

  it('keeps a word in another language marked with its language, at the build and in the browser', async () => {
    const czech = { t: 'em', lang: 'cs', c: [{ t: 'text', v: 'otevřený dialog' }] };
    expect(markdownToBlocks('In Czech, *Open Dialogue* is <i lang="cs">otevřený dialog</i>.', () => undefined)).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'In Czech, ' }, { t: 'em', c: [{ t: 'text', v: 'Open Dialogue' }] }, { t: 'text', v: ' is ' }, czech, { t: 'text', v: '.' }] },
    ]);
    const section = sectionBlocks(await bodyOf('czech-republic'), 'What peers do')!;
    expect(JSON.stringify(section)).toContain(JSON.stringify({ t: 'em', c: [{ t: 'text', v: 'osoby s vlastní\nzkušeností' }], lang: 'cs' }));
  });

  it('lists every ## heading of a card, and none for an unknown heading', async () => {
    const body = await bodyOf('open-dialogue');
    expect(bodySections(body)).toContain('How it works');
    expect(sectionBlocks(body, 'No such section')).toBeUndefined();
    expect(allCards.length).toBeGreaterThan(10);
  });
});
