import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../components/render-route';

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
    const picture = screen.getByRole('img', { name: /^Graph of 7 of 7 cards/ });
    expect(picture.tagName.toLowerCase()).toBe('svg');
    expect(nodes()).toHaveLength(7);
    // Marks carry no focus stops of their own; keyboard users have the table and the controls.
    expect(picture.querySelectorAll('[tabindex], a')).toHaveLength(0);
  });

  it('filters by kind and tag, keeping the filter in the URL', async () => {
    const { router } = await openGraph();
    await userEvent.click(screen.getByRole('checkbox', { name: /Approaches/ }));
    expect(router.state.location.search).toBe('?kind=principle&kind=practice&kind=organisation&kind=event');
    expect(nodes().map((n) => n.dataset.id)).not.toContain('open-dialogue');
    expect(screen.getByText('4 of 7 cards shown')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Approaches/ }));
    expect(router.state.location.search).toBe('');
    await userEvent.selectOptions(screen.getByLabelText('Tag'), 'principle');
    expect(router.state.location.search).toBe('?tag=principle');
    expect(nodes().map((n) => n.dataset.id)).toEqual(['tolerance-of-uncertainty']);
  });

  it('highlights the cards that match as you type', async () => {
    const { router } = await openGraph();
    await userEvent.type(screen.getByLabelText('Find a card'), 'uncert');
    expect(litIds()).toEqual(['tolerance-of-uncertainty']);
    expect(screen.getByText(/1 card matches “uncert”/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=uncert');
    expect(nodes().filter((n) => n.classList.contains('is-dim'))).toHaveLength(6);
  });

  it('highlights a card’s neighbours on hover, and opens the card on click', async () => {
    const { router } = await openGraph();
    const tolerance = nodes().find((n) => n.dataset.id === 'tolerance-of-uncertainty')!;
    fireEvent.pointerEnter(tolerance);
    expect(litIds()).toEqual(expect.arrayContaining(['tolerance-of-uncertainty', 'open-dialogue', 'network-meeting']));
    expect(litIds()).not.toContain('care-model');
    fireEvent.click(tolerance);
    await waitFor(() => expect(router.state.location.pathname).toBe('/cards/tolerance-of-uncertainty'), { timeout: 8000 });
  });

  it('shows the shortest chain between two chosen cards and puts its ends in the URL', async () => {
    const { router } = await openGraph();
    await userEvent.selectOptions(screen.getByLabelText('From'), 'tolerance-of-uncertainty');
    await userEvent.selectOptions(screen.getByLabelText('To'), 'webinar-four-countries');
    expect(router.state.location.search).toBe('?from=tolerance-of-uncertainty&to=webinar-four-countries');
    const result = screen.getByText(/^2 links:/);
    expect(within(result).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Tolerance of uncertainty',
      'Open Dialogue',
      'Webinar: Open Dialogue, experience from 4 countries',
    ]);
    expect(litIds()).toHaveLength(3);
  });

  it('keeps the chain visible when a filter hides cards on it', async () => {
    await openGraph('/graph?kind=principle&from=tolerance-of-uncertainty&to=webinar-four-countries');
    expect(nodes().map((n) => n.dataset.id).sort()).toEqual(['open-dialogue', 'tolerance-of-uncertainty', 'webinar-four-countries']);
  });

  it('ignores unknown values in the URL with a notice', async () => {
    await openGraph('/graph?kind=planet&tag=nope&from=nowhere&q=care');
    expect(screen.getByText(/unknown kind “planet” and tag “nope” and card “nowhere”/)).toBeInTheDocument();
    expect(nodes()).toHaveLength(7);
    expect(screen.getByLabelText('Find a card')).toHaveValue('care');
  });

  it('offers the graph as a table, whose buttons highlight a card in the picture', async () => {
    await openGraph('/graph?kind=approach');
    await userEvent.click(screen.getByText(/The graph as a table/));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Open Dialogue',
      'Peer-supported Open Dialogue',
      'The CARe model',
    ]);
    const od = rows[0];
    expect(within(od).getByRole('link', { name: 'Open Dialogue' })).toHaveAttribute('href', '/cards/open-dialogue');
    expect(od).toHaveTextContent('Approach');
    const linksWith = within(od).getAllByRole('cell')[1];
    expect(linksWith.textContent!.split(', ').sort()).toEqual(['Peer-supported Open Dialogue', 'The CARe model']);
    await userEvent.click(within(od).getByRole('button', { name: 'Highlight Open Dialogue in the graph' }));
    expect(litIds()).toEqual(expect.arrayContaining(['open-dialogue', 'care-model', 'peer-supported-open-dialogue']));
  });
});
