import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OPEN_DELAY_MS } from '../../src/features/cards/useLinkPreview';
import { renderRoute } from '../components/render-route';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function bodyLink(name: string) {
  renderRoute('/cards/tolerance-of-uncertainty');
  await screen.findByRole('heading', { level: 1, name: 'Tolerance of uncertainty' }, { timeout: 8000 });
  const body = await waitFor(() => document.querySelector<HTMLElement>('.card-body')!);
  return within(body).findByRole('link', { name });
}

// The first render compiles the card route and its MDX body, which is slow on a busy machine.
describe('link previews', { timeout: 20_000 }, () => {
  it('open on keyboard focus after a short delay, describe the link, and close with Escape', async () => {
    const link = await bodyLink('Network meeting');
    act(() => link.focus());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Network meeting');
    expect(tip).toHaveTextContent('Practice');
    expect(link).toHaveAttribute('aria-describedby', tip.id);
    // The preview holds nothing focusable: keyboard focus stays on the link.
    expect(within(tip).queryAllByRole('link')).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(link).toHaveFocus();
    expect(link).not.toHaveAttribute('aria-describedby');
  });

  it('close when focus moves on', async () => {
    const link = await bodyLink('Network meeting');
    act(() => link.focus());
    await screen.findByRole('tooltip');
    act(() => link.blur());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('open on mouse hover, not at once, and close when the pointer leaves', async () => {
    const link = await bodyLink('Open Dialogue');
    const user = userEvent.setup();
    await user.hover(link);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const tip = await screen.findByRole('tooltip');
    expect(within(tip).getByText(/dialogical approach|Open Dialogue/, { selector: '.link-preview-title' })).toBeInTheDocument();
    expect(tip.querySelector('.link-preview-excerpt')?.textContent?.length).toBeGreaterThan(20);
    await user.unhover(link);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('stay open while the pointer moves onto the preview', async () => {
    const link = await bodyLink('Open Dialogue');
    const user = userEvent.setup();
    await user.hover(link);
    const tip = await screen.findByRole('tooltip');
    await user.unhover(link);
    await user.hover(tip);
    await sleep(400);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
  });

  it('never open from a touch: the first tap follows the link', async () => {
    const link = await bodyLink('Network meeting');
    fireEvent.pointerEnter(link, { pointerType: 'touch' });
    fireEvent.pointerDown(link, { pointerType: 'touch' });
    act(() => link.focus());
    await sleep(OPEN_DELAY_MS + 150);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Network meeting' }, { timeout: 8000 })).toBeInTheDocument();
  });

  it('preview the cards listed under "Linked from", each shown with the sentence around its link', async () => {
    renderRoute('/cards/tolerance-of-uncertainty');
    await screen.findByRole('heading', { level: 1, name: 'Tolerance of uncertainty' }, { timeout: 8000 });
    const backlinks = screen.getByRole('region', { name: 'Linked from' });
    const items = within(backlinks).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['Network meeting', 'Open Dialogue']);
    expect(items[0]).toHaveTextContent(/uncertainty is tolerated/);
    expect(items[1]).toHaveTextContent(/tolerate uncertainty/);
    // The link's own words are marked in each sentence.
    expect(items.map((li) => li.querySelector('mark')?.textContent)).toEqual(['uncertainty is tolerated', 'tolerate uncertainty']);
    const link = within(items[0]).getByRole('link');
    act(() => link.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Network meeting');
  });
});
