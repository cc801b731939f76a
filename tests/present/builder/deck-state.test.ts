import { describe, expect, it } from 'vitest';
import type { SlideSource } from '../../../src/content/deck-schema';
import type { Known } from '../../../src/lib/deck-input';
import { decodeDeck, encodeDeck } from '../../../src/lib/deck-share';
import { addSlide, compareQueryFrom, moveSlide, newDeck, removeSlide, replaceSlide, type MyDeck } from '../../../src/lib/my-decks';

const known: Known = { card: (id) => ['open-dialogue', 'dialogism', 'polyphony'].includes(id), source: (id) => id === 'phrenos-pod' };

const card = (id: string, section?: string): SlideSource => (section ? { kind: 'card', card: id, section } : { kind: 'card', card: id });
const deckOf = (...slides: SlideSource[]): MyDeck => ({ ...newDeck('abcd1234', 1), title: 'Workshop: “Dialogue” & more', summary: 'A deck for a Tuesday morning in Tallinn.', minutes: 40, slides });
const ids = (d: MyDeck) => d.slides.map((s) => (s.kind === 'card' ? s.card : s.title));

describe('the deck being built', () => {
  it('adds at the end or at a place, moves within the deck and removes', () => {
    let d = deckOf(card('open-dialogue'), card('dialogism'));
    d = addSlide(d, card('polyphony'), undefined, 5);
    expect(ids(d)).toEqual(['open-dialogue', 'dialogism', 'polyphony']);
    expect(d.updated).toBe(5);
    d = addSlide(d, { kind: 'text', title: 'Welcome', sources: [] }, 0);
    expect(ids(d)).toEqual(['Welcome', 'open-dialogue', 'dialogism', 'polyphony']);
    expect(ids(moveSlide(d, 0, 2))).toEqual(['open-dialogue', 'dialogism', 'Welcome', 'polyphony']);
    expect(ids(moveSlide(d, 3, 0))).toEqual(['polyphony', 'Welcome', 'open-dialogue', 'dialogism']);
    // Past either end, a move stops at the end; from nowhere, nothing moves.
    expect(ids(moveSlide(d, 1, 99))).toEqual(['Welcome', 'dialogism', 'polyphony', 'open-dialogue']);
    expect(moveSlide(d, 9, 0)).toBe(d);
    expect(ids(removeSlide(d, 1))).toEqual(['Welcome', 'dialogism', 'polyphony']);
    expect(removeSlide(d, 7)).toBe(d);
    expect(replaceSlide(d, 2, card('dialogism', 'Why it matters')).slides[2]).toEqual(card('dialogism', 'Why it matters'));
  });

  it('reads a comparison view from a pasted explorer link, path or query, and refuses a link to another page', () => {
    expect(compareQueryFrom('https://example.org/compare?view=peers&countries=uk,ee')).toBe('view=peers&countries=uk,ee');
    expect(compareQueryFrom('/embed/compare?dims=stage')).toBe('dims=stage');
    expect(compareQueryFrom('?view=table')).toBe('view=table');
    expect(compareQueryFrom('https://example.org/cards/dialogism')).toBeUndefined();
  });
});

describe('a share link', () => {
  const full = deckOf(
    card('open-dialogue'),
    card('dialogism', 'How it works'),
    { kind: 'compare', title: 'Peers: UK, Estonia', query: 'view=peers&countries=uk,ee', caption: 'Look at the peer rows.', notes: 'Ask who has peers.' },
    { kind: 'text', title: 'Questions ✓', body: '- Who *joins*?\n- [[polyphony|Many voices]]', sources: ['phrenos-pod'], notes: 'Two lines\n\nof notes, with "quotes".' },
  );

  it('opens the same deck elsewhere: every slide, note, section and view', () => {
    const shared = decodeDeck(encodeDeck(full), known);
    expect(shared.dropped).toEqual([]);
    expect(shared.id).toBe('abcd1234');
    expect(shared.deck).toEqual({ title: full.title, summary: full.summary, minutes: 40, slides: full.slides });
  });

  it('is compact: a card slide costs a few dozen characters, not a copy of the card', () => {
    const ten = deckOf(...Array.from({ length: 10 }, () => card('open-dialogue')));
    expect(encodeDeck(ten).length).toBeLessThan(500);
    // Only URL-safe characters: nothing a mail program needs to escape.
    expect(encodeDeck(full)).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('keeps the rest of the deck when one slide is damaged, and names the damaged slide', () => {
    const parts = encodeDeck(full).split('.');
    parts[3] = parts[3].slice(0, 6) + (parts[3][6] === 'A' ? 'B' : 'A') + parts[3].slice(7);
    const shared = decodeDeck(parts.join('.'), known);
    expect(shared.dropped).toEqual(['Slide 2: that part of the link is damaged']);
    expect(shared.deck.slides).toEqual([full.slides[0], full.slides[2], full.slides[3]]);
    expect(shared.deck.title).toBe(full.title);
  });

  it('keeps what arrived of a link cut short, and opens a link escaped by a mail program', () => {
    const link = encodeDeck(full);
    const cut = decodeDeck(link.slice(0, link.lastIndexOf('.') + 5), known);
    expect(cut.deck.slides).toEqual(full.slides.slice(0, 3));
    expect(cut.dropped).toEqual(['Slide 4: that part of the link is damaged']);
    expect(decodeDeck(encodeURIComponent(`#${link}`), known).deck.slides).toEqual(full.slides);
  });

  it('leaves out a card that no longer exists, naming it, with the rest intact', () => {
    const shared = decodeDeck(encodeDeck(deckOf(card('open-dialogue'), card('retired-card'), card('polyphony'))), known);
    expect(shared.dropped).toEqual(['Slide 2: the card "retired-card", which is not in the knowledge base']);
    expect(ids({ ...full, slides: shared.deck.slides })).toEqual(['open-dialogue', 'polyphony']);
  });

  it('turns a link to a missing card in free text into its text, and drops an unknown source, saying so', () => {
    const shared = decodeDeck(encodeDeck(deckOf({ kind: 'text', title: 'T', body: 'See [[gone|the old card]].', sources: ['phrenos-pod', 'nope'] })), known);
    expect(shared.deck.slides).toEqual([{ kind: 'text', title: 'T', body: 'See the old card.', sources: ['phrenos-pod'] }]);
    expect(shared.dropped).toEqual([
      'Slide 1: the source "nope", which is not in the bibliography',
      'Slide 1: the link to the card "gone", which is not in the knowledge base (its text is kept)',
    ]);
  });

  it('says so when the link holds nothing readable, or its head is damaged', () => {
    expect(decodeDeck('garbage', known)).toMatchObject({ deck: { slides: [] }, dropped: [expect.stringMatching(/no deck/)] });
    const parts = encodeDeck(full).split('.');
    parts[1] = 'xxxx' + parts[1].slice(4);
    const headless = decodeDeck(parts.join('.'), known);
    expect(headless.deck.title).toBe('Shared deck');
    expect(headless.deck.slides).toEqual(full.slides);
    expect(headless.dropped).toEqual(['The deck\'s title and summary (that part of the link is damaged)']);
  });
});
