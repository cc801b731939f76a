import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import graph from 'virtual:content/graph';
import { describe, expect, it } from 'vitest';
import { allCards, getCard } from '../../src/content/cards';
import { KIND_LABELS } from '../../src/content/vocabulary';
import { CARD_KINDS } from '../../src/content/schema';
import { renderRoute } from '../components/render-route';

// Expected values come from the content itself, so the tests follow the cards as they are added.
const TOTAL = allCards.length;
const title = (id: string) => getCard(id)!.title;
const byTitle = (a: string, b: string) => a.localeCompare(b);
/** Neighbours of each card in the build-time graph (body links and typed relations, either direction). */
const adj = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
for (const [a, b] of graph.edges) {
  adj.get(graph.nodes[a].id)!.push(graph.nodes[b].id);
  adj.get(graph.nodes[b].id)!.push(graph.nodes[a].id);
}
const linked = (a: string, b: string) => adj.get(a)!.includes(b);
/** Number of links on the shortest chain between two cards. */
function distance(from: string, to: string): number | undefined {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    for (const n of adj.get(at)!) {
      if (dist.has(n)) continue;
      dist.set(n, dist.get(at)! + 1);
      queue.push(n);
    }
  }
  return dist.get(to);
}

const nodes = () => [...document.querySelectorAll<SVGGElement>('.graph-node')];
const litIds = () => nodes().filter((n) => n.classList.contains('is-lit')).map((n) => n.dataset.id);

async function openGraph(url = '/graph') {
  const r = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: 'Graph' }, { timeout: 8000 });
  return r;
}

describe('graph page', { timeout: 20_000 }, () => {
  it('draws every card in a labelled picture that does not expose each mark to screen readers', async () => {
    await openGraph();
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(allCards.map((c) => c.id).sort());
    const picture = screen.getByRole('img', { name: new RegExp(`^Graph of ${TOTAL} of ${TOTAL} cards`) });
    expect(picture.tagName.toLowerCase()).toBe('svg');
    expect(nodes().map((n) => n.dataset.id).sort()).toEqual(allCards.map((c) => c.id).sort());
    // Marks carry no focus stops of their own; keyboard users have the table and the controls.
    expect(picture.querySelectorAll('[tabindex], a')).toHaveLength(0);
  });

  it('filters by kind and tag, keeping the filter in the URL', async () => {
    const otherKinds = CARD_KINDS.filter((k) => k !== 'approach' && allCards.some((c) => c.kind === k));
    const notApproaches = allCards.filter((c) => c.kind !== 'approach').map((c) => c.id).sort();
    const principles = allCards.filter((c) => c.tags.includes('principle')).map((c) => c.id).sort();
    expect(notApproaches.length).toBeLessThan(TOTAL);
    expect(principles.length).toBeGreaterThan(0);
    expect(principles.length).toBeLessThan(TOTAL);

    const { router } = await openGraph();
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(KIND_LABELS.approach.many) }));
    expect(router.state.location.search).toBe(`?${otherKinds.map((k) => `kind=${k}`).join('&')}`);
    expect(nodes().map((n) => n.dataset.id)).not.toContain('open-dialogue');
    expect(nodes().map((n) => n.dataset.id).sort()).toEqual(notApproaches);
    expect(screen.getByText(`${notApproaches.length} of ${TOTAL} cards shown`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(KIND_LABELS.approach.many) }));
    expect(router.state.location.search).toBe('');
    expect(nodes()).toHaveLength(TOTAL);
    await userEvent.selectOptions(screen.getByLabelText('Tag'), 'principle');
    expect(router.state.location.search).toBe('?tag=principle');
    expect(nodes().map((n) => n.dataset.id).sort()).toEqual(principles);
  });

  it('highlights the cards that match as you type', async () => {
    // Title, id or another name containing the words, case ignored.
    const matching = allCards
      .filter((c) => [c.title, c.id, ...c.aliases].some((s) => s.toLowerCase().includes('uncert')))
      .map((c) => c.id)
      .sort();
    expect(matching).toContain('tolerance-of-uncertainty');
    const { router } = await openGraph();
    await userEvent.type(screen.getByLabelText('Find a card'), 'uncert');
    expect([...litIds()].sort()).toEqual(matching);
    const said = matching.length === 1 ? '1 card matches' : `${matching.length} cards match`;
    expect(screen.getByText(new RegExp(`${said} “uncert”`))).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=uncert');
    expect(nodes().filter((n) => n.classList.contains('is-dim'))).toHaveLength(TOTAL - matching.length);
  });

  it('highlights a card’s neighbours on hover, and opens the card on click', async () => {
    const near = adj.get('tolerance-of-uncertainty')!;
    expect(near).toEqual(expect.arrayContaining(['open-dialogue', 'network-meeting']));
    expect(near).not.toContain('care-model');
    const { router } = await openGraph();
    const tolerance = nodes().find((n) => n.dataset.id === 'tolerance-of-uncertainty')!;
    fireEvent.pointerOver(tolerance);
    expect([...litIds()].sort()).toEqual(['tolerance-of-uncertainty', ...near].sort());
    expect(litIds()).not.toContain('care-model');
    fireEvent.click(tolerance);
    await waitFor(() => expect(router.state.location.pathname).toBe('/cards/tolerance-of-uncertainty'), { timeout: 8000 });
  });

  it('shows the shortest chain between two chosen cards and puts its ends in the URL', async () => {
    const { router } = await openGraph();
    // Either end can be any card.
    for (const end of ['From', 'To']) await waitFor(() => expect(within(screen.getByLabelText(end)).getAllByRole('option')).toHaveLength(TOTAL + 1));
    await userEvent.selectOptions(screen.getByLabelText('From'), 'tolerance-of-uncertainty');
    await userEvent.selectOptions(screen.getByLabelText('To'), 'webinar-four-countries');
    expect(router.state.location.search).toBe('?from=tolerance-of-uncertainty&to=webinar-four-countries');
    const hops = distance('tolerance-of-uncertainty', 'webinar-four-countries')!;
    expect(hops).toBeGreaterThan(1);
    const result = screen.getByText(new RegExp(`^${hops} links:`));
    const links = within(result).getAllByRole('link');
    const chain = links.map((a) => a.getAttribute('href')!.replace('/cards/', ''));
    // A shortest chain: it runs from one end to the other, every step is a link between two cards.
    expect(chain).toHaveLength(hops + 1);
    expect(chain[0]).toBe('tolerance-of-uncertainty');
    expect(chain.at(-1)).toBe('webinar-four-countries');
    chain.slice(1).forEach((id, i) => expect(linked(chain[i], id)).toBe(true));
    expect(links.map((a) => a.textContent)).toEqual(chain.map(title));
    expect([...litIds()].sort()).toEqual([...chain].sort());
  });

  it('keeps the chain visible when a filter hides cards on it', async () => {
    await openGraph('/graph?kind=principle&from=tolerance-of-uncertainty&to=webinar-four-countries');
    const result = screen.getByText(/^\d+ links:/);
    const chain = within(result).getAllByRole('link').map((a) => a.getAttribute('href')!.replace('/cards/', ''));
    expect(chain).toHaveLength(distance('tolerance-of-uncertainty', 'webinar-four-countries')! + 1);
    // The filter hides some cards of the chain, which are drawn all the same.
    expect(chain.some((id) => getCard(id)!.kind !== 'principle')).toBe(true);
    const principles = allCards.filter((c) => c.kind === 'principle').map((c) => c.id);
    expect(nodes().map((n) => n.dataset.id).sort()).toEqual([...new Set([...principles, ...chain])].sort());
  });

  it('ignores unknown values in the URL with a notice', async () => {
    await openGraph('/graph?kind=planet&tag=nope&from=nowhere&q=care');
    expect(screen.getByText(/unknown kind “planet” and tag “nope” and card “nowhere”/)).toBeInTheDocument();
    expect(nodes()).toHaveLength(TOTAL);
    expect(screen.getByLabelText('Find a card')).toHaveValue('care');
  });

  it('offers the graph as a table, whose buttons highlight a card in the picture', async () => {
    await openGraph('/graph?kind=approach');
    await userEvent.click(screen.getByText(/The graph as a table/));
    const table = screen.getByRole('table');
    const approaches = allCards.filter((c) => c.kind === 'approach');
    const odNear = adj.get('open-dialogue')!.filter((id) => getCard(id)!.kind === 'approach');
    expect(odNear.length).toBeGreaterThan(0);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(approaches.map((c) => c.title).sort(byTitle));
    const od = rows.find((r) => within(r).getByRole('rowheader').textContent === title('open-dialogue'))!;
    expect(within(od).getByRole('link', { name: title('open-dialogue') })).toHaveAttribute('href', '/cards/open-dialogue');
    expect(od).toHaveTextContent(KIND_LABELS.approach.one);
    const linksWith = within(od).getAllByRole('cell')[1];
    expect(linksWith.textContent!.split(', ').sort(byTitle)).toEqual(odNear.map(title).sort(byTitle));
    await userEvent.click(within(od).getByRole('button', { name: `Highlight ${title('open-dialogue')} in the graph` }));
    expect([...litIds()].sort()).toEqual(['open-dialogue', ...odNear].sort());
  });
});
