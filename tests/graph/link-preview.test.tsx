import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cardFile } from '../../src/content/bodies';
import { getCard } from '../../src/content/cards';
import { KIND_LABELS } from '../../src/content/vocabulary';
import { OPEN_DELAY_MS } from '../../src/features/cards/useLinkPreview';
import { renderRoute } from '../components/render-route';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const HOME = 'tolerance-of-uncertainty';
const home = getCard(HOME)!;
const card = (id: string) => {
  const c = getCard(id);
  if (!c) throw new Error(`the content has no card "${id}" any more; pick another link target for these tests`);
  return c;
};

/** The link in the home card's body that points to card `id` (its words are the author's, e.g. "network meeting"). */
async function bodyLink(id: string) {
  renderRoute(`/cards/${HOME}`);
  await screen.findByRole('heading', { level: 1, name: home.title }, { timeout: 8000 });
  const body = await waitFor(() => document.querySelector<HTMLElement>('.card-body')!);
  const link = await waitFor(() => body.querySelector<HTMLAnchorElement>(`a[href="/cards/${id}"]`)!);
  // Still a real, named link to that card.
  expect(within(body).getByRole('link', { name: link.textContent! })).toBe(link);
  return link;
}

// The first render compiles the card route and its MDX body, which is slow on a busy machine.
describe('link previews', { timeout: 20_000 }, () => {
  it('open on keyboard focus after a short delay, describe the link, and close with Escape', async () => {
    const target = card('network-meeting');
    const link = await bodyLink(target.id);
    act(() => link.focus());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(target.title);
    expect(tip).toHaveTextContent(KIND_LABELS[target.kind].one);
    expect(link).toHaveAttribute('aria-describedby', tip.id);
    // The preview holds nothing focusable: keyboard focus stays on the link.
    expect(within(tip).queryAllByRole('link')).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(link).toHaveFocus();
    expect(link).not.toHaveAttribute('aria-describedby');
  });

  it('close when focus moves on', async () => {
    const link = await bodyLink(card('network-meeting').id);
    act(() => link.focus());
    await screen.findByRole('tooltip');
    act(() => link.blur());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('open on mouse hover, not at once, and close when the pointer leaves', async () => {
    const target = card('open-dialogue');
    const link = await bodyLink(target.id);
    const user = userEvent.setup();
    await user.hover(link);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const tip = await screen.findByRole('tooltip');
    expect(within(tip).getByText(target.title, { selector: '.link-preview-title' })).toBeInTheDocument();
    expect(tip.querySelector('.link-preview-excerpt')?.textContent?.length).toBeGreaterThan(20);
    await user.unhover(link);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('stay open while the pointer moves onto the preview', async () => {
    const link = await bodyLink(card('open-dialogue').id);
    const user = userEvent.setup();
    await user.hover(link);
    const tip = await screen.findByRole('tooltip');
    await user.unhover(link);
    await user.hover(tip);
    await sleep(400);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
  });

  it('never open from a touch: the first tap follows the link', async () => {
    const target = card('network-meeting');
    const link = await bodyLink(target.id);
    fireEvent.pointerEnter(link, { pointerType: 'touch' });
    fireEvent.pointerDown(link, { pointerType: 'touch' });
    act(() => link.focus());
    await sleep(OPEN_DELAY_MS + 150);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: target.title }, { timeout: 8000 })).toBeInTheDocument();
  });

  it('preview the cards listed under "Linked from", each shown with the sentence around its link', async () => {
    const all = (await cardFile(HOME)!).detail.backlinks;
    // The first ten show their sentence; a hub's others are listed by name after them.
    const expected = all.slice(0, 10);
    // The content links here from several cards, at least one of them with its words marked.
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.some((b) => b.mark)).toBe(true);
    renderRoute(`/cards/${HOME}`);
    await screen.findByRole('heading', { level: 1, name: home.title }, { timeout: 8000 });
    const backlinks = screen.getByRole('region', { name: 'Linked from' });
    const items = within(backlinks).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(expected.map((b) => card(b.from).title));
    expect(items.map((li) => within(li).getByRole('link').getAttribute('href'))).toEqual(expected.map((b) => `/cards/${b.from}`));
    expected.forEach((b, i) => {
      expect(items[i].querySelector('.backlink-context')).toHaveTextContent(b.context, { normalizeWhitespace: true });
    });
    // The link's own words are marked in each sentence.
    expect(items.map((li) => li.querySelector('mark')?.textContent)).toEqual(
      expected.map((b) => (b.mark ? b.context.slice(b.mark[0], b.mark[1]) : undefined)),
    );
    const more = backlinks.querySelector('.backlinks-more');
    expect(more ? within(more as HTMLElement).getAllByRole('link').map((a) => a.textContent) : []).toEqual(all.slice(10).map((b) => card(b.from).title));
    const link = within(items[0]).getByRole('link');
    act(() => link.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(card(expected[0].from).title);
  });
});
