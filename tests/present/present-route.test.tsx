import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getDeck } from '../../src/content/decks';
import { renderRoute } from '../components/render-route';

// Routes and card bodies load lazily and compile MDX on first use: slow on a busy machine, not in a browser.
vi.setConfig({ testTimeout: 30_000 });

const deck = getDeck('seven-principles')!;
const heading = () => screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
/** Waits for the slide whose title is `name` (the previous slide's heading may still be on screen). */
const slideTitled = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('/present/<deck>/<n>', () => {
  it('shows the slide of the URL, and clicker keys move through the deck and the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/present/seven-principles/3');
    expect(await heading()).toHaveTextContent('Immediate help');
    expect(screen.getByText(`3 / ${deck.slides.length}`)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(router.state.location.pathname).toBe('/present/seven-principles/4');
    await slideTitled('Social network perspective');
    await user.keyboard('{PageUp}{PageUp}');
    expect(router.state.location.pathname).toBe('/present/seven-principles/2');
    await user.keyboard('{End}');
    expect(router.state.location.pathname).toBe(`/present/seven-principles/${deck.slides.length}`);
    await slideTitled('Questions for your team');
    await user.keyboard('{Home}');
    await slideTitled('The seven principles of Open Dialogue');
  });

  it('lands a slide number past the end on the last slide, and says so', async () => {
    renderRoute('/present/seven-principles/99');
    expect(await screen.findByRole('status')).toHaveTextContent(`This deck has ${deck.slides.length} slides, not 99`);
    expect(await heading()).toHaveTextContent('Questions for your team');
  });

  it('opens an overview with "o" and jumps to a slide from it', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/present/seven-principles/1');
    await heading();
    await user.keyboard('o');
    const overview = screen.getByRole('navigation', { name: 'All slides' });
    expect(within(overview).getAllByRole('link')).toHaveLength(deck.slides.length);
    expect(within(overview).getByRole('link', { current: 'step' })).toHaveFocus();
    // Arrows move between the tiles, not the slides.
    await user.keyboard('{ArrowRight}');
    expect(within(overview).getAllByRole('link')[1]).toHaveFocus();
    expect(router.state.location.pathname).toBe('/present/seven-principles/1');
    await user.click(within(overview).getByRole('link', { name: /Dialogism/ }));
    expect(router.state.location.pathname).toBe('/present/seven-principles/9');
    await slideTitled('Dialogism');
  });

  it('shows a QR code for the slide\'s card on demand', async () => {
    const user = userEvent.setup();
    renderRoute('/present/seven-principles/3');
    await heading();
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
    await user.keyboard('q');
    const qr = screen.getByRole('complementary', { name: 'QR code for this slide' });
    expect(within(qr).getByRole('img', { name: 'QR code for Immediate help' })).toBeInTheDocument();
    expect(qr).toHaveTextContent('/cards/immediate-help');
  });

  it('renders a comparison slide as the live explorer at its saved view, with a link to open it', async () => {
    const index = getDeck('webinar-four-countries')!.slides.findIndex((s) => s.kind === 'compare');
    renderRoute(`/present/webinar-four-countries/${index + 1}`);
    expect(await heading()).toHaveTextContent('Where Open Dialogue stands in each country');
    expect(screen.getByTitle('Comparison view: Where Open Dialogue stands in each country')).toHaveAttribute(
      'src',
      '/embed/compare?dims=stage,settings,leads',
    );
    expect(screen.getByRole('link', { name: 'Open the view in the comparison explorer' })).toHaveAttribute('href', '/compare?dims=stage,settings,leads');
  });

  it('shows a helpful 404 for an unknown deck', async () => {
    renderRoute('/present/no-such-deck/2');
    expect(await heading()).toHaveTextContent('Deck not found');
    expect(screen.getByRole('link', { name: 'See all decks' })).toHaveAttribute('href', '/decks');
  });
});

describe('speaker view', () => {
  it('shows the notes, the next slide and a timer, and follows the audience window', async () => {
    renderRoute('/present/seven-principles/3?view=speaker');
    expect(await heading()).toHaveTextContent('Speaker view: The seven principles of Open Dialogue');
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('A first meeting within about 24 hours of contact.');
    expect(screen.getByRole('region', { name: 'Next' })).toHaveTextContent('4. Social network perspective');
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
    // Another window (the audience) moves to slide 9.
    const audience = new BroadcastChannel('od-present:seven-principles');
    await act(async () => {
      audience.postMessage({ slide: 8 });
      await new Promise((r) => setTimeout(r, 50));
    });
    audience.close();
    expect(await screen.findByText(`Slide 9 of ${deck.slides.length}`)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Dialogue among all the voices is the aim itself');
  });
});

describe('/decks and handouts', () => {
  it('lists every deck with its present and print-handout actions', async () => {
    renderRoute('/decks');
    expect(await heading()).toHaveTextContent('Decks');
    for (const title of ['The seven principles of Open Dialogue', 'Peer workers in Open Dialogue and the CARe model', 'Open Dialogue: experience from 4 countries']) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    const present = screen.getAllByRole('link', { name: 'Present' });
    expect(present.map((a) => a.getAttribute('href'))).toContain('/present/seven-principles/1');
    expect(screen.getAllByRole('link', { name: 'Print handout' }).map((a) => a.getAttribute('href'))).toContain('/decks/seven-principles/handout');
  });

  it('prints a deck as a document: each card in full once, sources at the end', async () => {
    renderRoute('/decks/peer-workers-care/handout');
    expect(await heading()).toHaveTextContent('Peer workers in Open Dialogue and the CARe model');
    // Shown on slides 3 and 4 (the whole card, then a section), printed once, with its address on the site's host.
    const [card] = await screen.findAllByRole('region', { name: 'Peer worker / expert by experience' });
    expect(screen.getAllByRole('heading', { level: 2, name: 'Peer worker / expert by experience' })).toHaveLength(1);
    expect(card).toHaveTextContent(/Online: https?:\/\/[^/]+\/cards\/peer-worker/);
    expect(within(card).getByRole('img', { name: 'QR code for the card Peer worker / expert by experience' })).toBeInTheDocument();
    // A comparison slide prints as its table, every country a column.
    const table = within(screen.getByRole('region', { name: 'Peers in each country' })).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Dimension', 'United Kingdom', 'Czech Republic', 'Netherlands', 'Estonia']);
    const sections = screen.getAllByRole('region');
    expect(sections.at(-1)).toHaveAccessibleName('Sources');
    expect(within(sections.at(-1)!).getAllByRole('listitem').length).toBeGreaterThan(5);
  });
});
