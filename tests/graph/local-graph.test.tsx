import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseGraphParams, writeGraphParams } from '../../src/features/graph/graph-params';
import { renderRoute } from '../components/render-route';

describe('local graph on a card page', { timeout: 20_000 }, () => {
  it('shows the card with its neighbours, one step and two on request, with a list alternative', async () => {
    const { router } = renderRoute('/cards/tolerance-of-uncertainty');
    await screen.findByRole('heading', { level: 1, name: 'Tolerance of uncertainty' }, { timeout: 8000 });
    const region = screen.getByRole('region', { name: 'Connections' });
    expect(within(region).getByRole('img', { name: /Tolerance of uncertainty links with 4 cards/ })).toBeInTheDocument();
    const marks = () => region.querySelectorAll('.local-graph-node');
    expect(marks()).toHaveLength(5);
    const list = within(region).getByRole('group');
    expect(within(list).getAllByRole('link').map((a) => a.textContent).sort()).toEqual([
      'Network meeting', 'Open Dialogue', 'Peer-supported Open Dialogue', 'The CARe Network',
    ]);
    const twoSteps = within(region).getByRole('button', { name: 'Show two steps' });
    await userEvent.click(twoSteps);
    expect(twoSteps).toHaveAttribute('aria-pressed', 'true');
    expect(within(region).getByRole('img', { name: /and, one step further, 2 more/ })).toBeInTheDocument();
    expect(marks()).toHaveLength(7);
    expect(within(list).getByRole('link', { name: 'The CARe model' }).closest('li')).toHaveTextContent('two steps away');
    // A mark opens its card.
    fireEvent.click([...marks()].find((m) => m.textContent?.startsWith('Open Dialogue'))!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/cards/open-dialogue'), { timeout: 8000 });
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
