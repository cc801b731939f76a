import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMyDeck, listDecks, saveDeck } from '../../../src/lib/deck-store';
import { encodeDeck } from '../../../src/lib/deck-share';
import { newDeck, type MyDeck } from '../../../src/lib/my-decks';
import { renderRoute } from '../../components/render-route';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => window.localStorage.clear());

const deck = (slides: MyDeck['slides'], title = 'Tuesday workshop'): MyDeck => ({ ...newDeck('test1234', 1), title, slides });
const stored = () => getMyDeck('test1234')!;
const titles = () => stored().slides.map((s) => (s.kind === 'card' ? s.card : s.title));

describe('the deck builder', () => {
  it('starts a new deck from /decks/new, adds a card section, a comparison view and free text, and keeps them', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/decks/new');
    await user.click(await screen.findByRole('button', { name: 'Start the deck' }));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toMatch(/^\/decks\/mine\/edit\?deck=[a-z0-9]{8}$/));
    const id = new URLSearchParams(router.state.location.search).get('deck')!;
    await screen.findByRole('heading', { level: 1, name: 'Untitled deck' });
    const title = within(screen.getByRole('region', { name: 'About the deck' })).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Peer work');
    await user.selectOptions(screen.getByLabelText('Card'), 'open-dialogue');
    const shows = within(screen.getByRole('form', { name: 'A card' })).getByLabelText('Shows');
    await user.selectOptions(shows, await screen.findByRole('option', { name: 'Section: How it works' }));
    await user.click(screen.getByRole('button', { name: 'Add the card' }));
    const compare = within(screen.getByRole('form', { name: 'A comparison view' }));
    await user.selectOptions(compare.getByLabelText('View'), 'Peer roles');
    await user.click(compare.getByLabelText('Czech Republic'));
    await user.click(compare.getByRole('button', { name: 'Add the view' }));
    const text = within(screen.getByRole('form', { name: 'Free text' }));
    await user.type(text.getByLabelText('Title'), 'Questions');
    await user.type(text.getByLabelText(/^Text/), '- Who joins?');
    await user.click(text.getByRole('button', { name: 'Add the text slide' }));
    const saved = getMyDeck(id)!;
    expect(saved.title).toBe('Peer work');
    expect(saved.slides).toEqual([
      { kind: 'card', card: 'open-dialogue', section: 'How it works' },
      { kind: 'compare', title: 'Peer roles: United Kingdom, Netherlands, Estonia', query: 'view=peers&countries=united-kingdom,netherlands,estonia' },
      { kind: 'text', title: 'Questions', body: '- Who joins?', sources: [] },
    ]);
    expect(screen.getByText('Added “Questions” as slide 3.')).toBeInTheDocument();
  });

  it('moves slides with buttons, keeping focus on the moved slide and announcing where it went; writes notes and minutes', async () => {
    saveDeck(deck([{ kind: 'card', card: 'open-dialogue' }, { kind: 'card', card: 'dialogism' }, { kind: 'card', card: 'polyphony' }]));
    const user = userEvent.setup();
    renderRoute('/decks/mine/edit?deck=test1234');
    const down = await screen.findByRole('button', { name: 'Move down: Open Dialogue' });
    await user.click(down);
    expect(titles()).toEqual(['dialogism', 'open-dialogue', 'polyphony']);
    expect(screen.getByText('“Open Dialogue” moved to position 2 of 3.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move down: Open Dialogue' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['dialogism', 'polyphony', 'open-dialogue']);
    // At the end "Move down" is disabled: focus goes to the slide's "Move up".
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move up: Open Dialogue' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Move up: Polyphony' }));
    expect(titles()).toEqual(['polyphony', 'dialogism', 'open-dialogue']);
    await user.type(screen.getAllByLabelText(/^Speaker notes/)[0], 'Start here.');
    await user.type(screen.getByLabelText(/^Minutes/), '25');
    expect(stored().slides[0]).toEqual({ kind: 'card', card: 'polyphony', notes: 'Start here.' });
    expect(stored().minutes).toBe(25);
  });

  it('moves a slide by drag and drop', async () => {
    saveDeck(deck([{ kind: 'card', card: 'open-dialogue' }, { kind: 'card', card: 'dialogism' }, { kind: 'card', card: 'polyphony' }]));
    renderRoute('/decks/mine/edit?deck=test1234');
    await screen.findByRole('button', { name: 'Move down: Open Dialogue' });
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('builder-slide'));
    const dataTransfer = { setData: vi.fn(), setDragImage: vi.fn(), effectAllowed: '' };
    fireEvent.dragStart(items[2].querySelector('.builder-slide-head')!, { dataTransfer });
    fireEvent.dragOver(items[0], { dataTransfer });
    fireEvent.drop(items[0], { dataTransfer });
    expect(titles()).toEqual(['polyphony', 'open-dialogue', 'dialogism']);
    expect(screen.getByText('“Polyphony” moved to position 1 of 3.')).toBeInTheDocument();
  });

  it('removes a slide, and Undo puts it back in its place', async () => {
    saveDeck(deck([{ kind: 'card', card: 'open-dialogue' }, { kind: 'text', title: 'Break', sources: [] }, { kind: 'card', card: 'polyphony' }]));
    const user = userEvent.setup();
    renderRoute('/decks/mine/edit?deck=test1234');
    await user.click(await screen.findByRole('button', { name: 'Remove: Break' }));
    expect(titles()).toEqual(['open-dialogue', 'polyphony']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(titles()).toEqual(['open-dialogue', 'Break', 'polyphony']);
  });

  it('opens a shared link with a missing card: saved in this browser, with a notice naming what was left out', async () => {
    const link = encodeDeck(deck([{ kind: 'card', card: 'open-dialogue' }, { kind: 'card', card: 'retired-card' }, { kind: 'card', card: 'polyphony' }], 'From a colleague'));
    const { router } = renderRoute(`/decks/shared#${link}`);
    await screen.findByRole('heading', { level: 1, name: 'From a colleague' });
    expect(router.state.location.pathname + router.state.location.search).toBe('/decks/mine/edit?deck=test1234');
    expect(screen.getByText('Slide 2: the card "retired-card", which is not in the knowledge base')).toBeInTheDocument();
    expect(listDecks()).toHaveLength(1);
    expect(stored().slides).toEqual([{ kind: 'card', card: 'open-dialogue' }, { kind: 'card', card: 'polyphony' }]);
  });

  it('lists the decks in this browser with Present and Handout links, and says when there are none', async () => {
    renderRoute('/decks/mine');
    expect(await screen.findByText('No decks in this browser yet.')).toBeInTheDocument();
    act(() => void saveDeck(deck([{ kind: 'card', card: 'open-dialogue' }])));
    const item = (await screen.findByRole('link', { name: 'Tuesday workshop' })).closest('li')!;
    expect(within(item).getByRole('link', { name: 'Present: Tuesday workshop' })).toHaveAttribute('href', '/present/mine?deck=test1234&slide=1');
    expect(within(item).getByRole('link', { name: 'Handout: Tuesday workshop' })).toHaveAttribute('href', '/decks/mine/handout?deck=test1234');
  });

  it('presents a trainer\'s deck with the present feature\'s slides and speaker view', async () => {
    saveDeck({ ...deck([{ kind: 'text', title: 'Welcome', body: '- One\n- Two', sources: [], notes: 'Say hello.' }, { kind: 'card', card: 'open-dialogue', section: 'How it works' }]), minutes: 20 });
    const user = userEvent.setup();
    const { router } = renderRoute('/present/mine?deck=test1234&slide=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();
    // "How it works" is long: it presents as numbered continuation slides, as in a shipped deck.
    expect(screen.getByText(/^1 \/ [3-9]$/)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open Dialogue' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?deck=test1234&slide=2');
    expect(screen.getByText(/^How it works \(1\/\d\)$/)).toBeInTheDocument();
    await act(() => router.navigate('/present/mine?deck=test1234&slide=1&view=speaker'));
    expect(await screen.findByText(/^Slide 1 of [3-9]$/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Say hello.');
    expect(screen.getByText(/of about 20 min/)).toBeInTheDocument();
  });

  it('sends the addresses of an earlier version (kept in bookmarks) on to the deck\'s page today', async () => {
    saveDeck(deck([{ kind: 'card', card: 'open-dialogue' }, { kind: 'card', card: 'dialogism' }]));
    const { router } = renderRoute('/present/mine/test1234/2?view=speaker');
    expect(await screen.findByText(/^Slide 2 of 2$/)).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/present/mine?deck=test1234&slide=2&view=speaker');
    await act(() => router.navigate('/decks/mine/test1234'));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/decks/mine/edit?deck=test1234'));
    await act(() => router.navigate('/decks/mine/test1234/handout/compact'));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/decks/mine/handout?deck=test1234&mode=compact'));
  });

  it('without a deck in its address, the deck page says where decks are (what its prerendered page shows)', async () => {
    renderRoute('/present/mine');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your deck' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'your decks' })).toHaveAttribute('href', '/decks/mine');
  });

  it('says a deck is not in this browser, and how to open one from another device', async () => {
    renderRoute('/present/mine?deck=nothere1&slide=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deck not found in this browser' })).toBeInTheDocument();
    expect(screen.getByText(/share link/)).toBeInTheDocument();
  });
});
