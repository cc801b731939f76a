import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('cards list', () => {
  it('filters by kind and keeps the filter in the URL', async () => {
    const { router } = renderRoute('/cards');
    await screen.findByRole('heading', { level: 1, name: 'Cards' });
    const all = screen.getAllByRole('listitem').length;
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'principle');
    expect(router.state.location.search).toBe('?kind=principle');
    const grid = screen.getByRole('list', { name: 'Matching cards' });
    const titles = within(grid).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toContain('Tolerance of uncertainty');
    expect(titles).not.toContain('Open Dialogue');
    expect(screen.getAllByRole('listitem').length).toBeLessThan(all);
    expect(screen.getByText(/^\d+ of \d+ cards$/)).toBeInTheDocument();
  });

  it('reads the filter from a shared URL and reports unknown values', async () => {
    renderRoute('/cards?kind=approach&tag=not-a-tag');
    await screen.findByRole('heading', { level: 1, name: 'Cards' });
    expect(screen.getByLabelText('Kind')).toHaveValue('approach');
    expect(screen.getByText(/unknown tag “not-a-tag”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Dialogue' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tolerance of uncertainty' })).not.toBeInTheDocument();
  });
});
