import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allCards, getCard } from '../../src/content/cards';
import { parseGraphParams, writeGraphParams } from '../../src/features/graph/graph-params';
import { renderRoute } from '../components/render-route';

/** Cards joined to `id` by a body link or a typed relation, in either direction, read straight from the content. */
function neighboursOf(id: string): Set<string> {
  const out = new Set<string>();
  for (const c of allCards) {
    const targets = [...c.links, ...c.related.map((r) => r.card)];
    if (c.id === id) targets.forEach((t) => out.add(t));
    else if (targets.includes(id)) out.add(c.id);
  }
  out.delete(id);
  for (const t of out) if (!getCard(t)) out.delete(t);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titles = (ids: Iterable<string>) => [...ids].map((i) => getCard(i)!.title).sort();

describe('local graph on a card page', { timeout: 20_000 }, () => {
  it('shows the card with its neighbours, one step and two on request, with a list alternative', async () => {
    const centre = getCard('tolerance-of-uncertainty')!;
    const oneStep = neighboursOf(centre.id);
    const twoStep = new Set([...oneStep].flatMap((n) => [...neighboursOf(n)]).filter((n) => n !== centre.id && !oneStep.has(n)));
    expect(oneStep.has('open-dialogue')).toBe(true);
    expect(twoStep.size).toBeGreaterThan(0);

    const { router } = renderRoute(`/cards/${centre.id}`);
    await screen.findByRole('heading', { level: 1, name: centre.title }, { timeout: 8000 });
    const region = screen.getByRole('region', { name: 'Connections' });
    expect(
      within(region).getByRole('img', { name: new RegExp(`^${escape(centre.title)} links with ${oneStep.size} cards\\.`) }),
    ).toBeInTheDocument();
    const marks = () => region.querySelectorAll('.local-graph-node');
    expect(marks()).toHaveLength(1 + oneStep.size);
    const list = within(region).getByRole('list', { name: 'Connections as a list' });
    expect(within(list).getAllByRole('link').map((a) => a.textContent).sort()).toEqual(titles(oneStep));
    const twoSteps = within(region).getByRole('button', { name: 'Show two steps' });
    await userEvent.click(twoSteps);
    expect(twoSteps).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(region).getByRole('img', { name: new RegExp(`links with ${oneStep.size} cards and, one step further, ${twoStep.size} more`) }),
    ).toBeInTheDocument();
    expect(marks()).toHaveLength(1 + oneStep.size + twoStep.size);
    expect(within(list).getAllByRole('link').map((a) => a.textContent).sort()).toEqual(titles([...oneStep, ...twoStep]));
    for (const id of twoStep) {
      expect(within(list).getByRole('link', { name: getCard(id)!.title }).closest('li')).toHaveTextContent('two steps away');
    }
    for (const id of oneStep) {
      expect(within(list).getByRole('link', { name: getCard(id)!.title }).closest('li')).not.toHaveTextContent('two steps away');
    }
    // A mark opens its card.
    const od = getCard('open-dialogue')!;
    fireEvent.click(region.querySelector(`.local-graph-node[data-card="${od.id}"]`)!);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cards/${od.id}`), { timeout: 8000 });
  });
});

describe('graph URL state', () => {
  const known = { tags: ['core'], isCard: (id: string) => id === 'a' || id === 'b' };
  it('round-trips every parameter and writes nothing for the default', () => {
    expect(writeGraphParams({ q: '' }).toString()).toBe('');
    const url = 'kind=principle&kind=country&tag=core&q=open&from=a&to=b';
    const { value, ignored } = parseGraphParams(new URLSearchParams(url), known);
    expect(ignored).toEqual([]);
    expect(value).toEqual({ kinds: ['principle', 'country'], tag: 'core', q: 'open', from: 'a', to: 'b' });
    expect(writeGraphParams(value).toString()).toBe(url);
  });
  it('drops and reports unknown values', () => {
    const { value, ignored } = parseGraphParams(new URLSearchParams('kind=x&kind=role&tag=y&to=z'), known);
    expect(value).toEqual({ kinds: ['role'], q: '' });
    expect(ignored).toEqual(['kind “x”', 'tag “y”', 'card “z”']);
  });
});
