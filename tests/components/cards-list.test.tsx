import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

const tileTitles = (listName: string | RegExp) =>
  within(screen.getByRole('list', { name: listName }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('cards list', () => {
  it('leads from all cards to a page per kind, marked as the current one', async () => {
    const { router } = renderRoute('/cards');
    await screen.findByRole('heading', { level: 1, name: 'Cards' });
    const all = tileTitles('All cards').length;
    await userEvent.click(within(screen.getByRole('list', { name: 'By kind' })).getByRole('link', { name: /^Principles \d+$/ }));
    await screen.findByRole('heading', { level: 1, name: 'Principles' });
    expect(router.state.location.pathname).toBe('/cards/kind/principle');
    const titles = tileTitles('Principles: cards');
    expect(titles).toContain('Tolerance of uncertainty');
    expect(titles).not.toContain('Open Dialogue');
    expect(titles.length).toBeLessThan(all);
    expect(screen.getByText(`${titles.length} of the ${all} cards in the knowledge base.`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Principles \d+$/ })).toHaveAttribute('aria-current', 'page');
  });

  it('has a page per tag, reached from a card', async () => {
    const { router } = renderRoute('/cards/open-dialogue');
    await screen.findByRole('heading', { level: 1, name: 'Open Dialogue' });
    await userEvent.click(within(screen.getByRole('list', { name: 'Tags' })).getByRole('link', { name: '#core' }));
    await screen.findByRole('heading', { level: 1, name: 'Cards tagged “core”' });
    expect(router.state.location.pathname).toBe('/tags/core');
    expect(tileTitles('Cards tagged “core”: cards')).toContain('Open Dialogue');
  });

  it('sends an old filter link to its page and reports what does not exist', async () => {
    const { router } = renderRoute('/cards?kind=approach&tag=not-a-tag');
    await screen.findByRole('heading', { level: 1, name: 'Approaches' });
    expect(router.state.location.pathname).toBe('/cards/kind/approach');
    expect(screen.getByRole('status')).toHaveTextContent('unknown tag “not-a-tag”');
    expect(tileTitles('Approaches: cards')).toContain('Open Dialogue');
    expect(tileTitles('Approaches: cards')).not.toContain('Tolerance of uncertainty');
  });

  it('answers an unknown kind or tag with a 404 that suggests the nearest', async () => {
    renderRoute('/tags/evidnce');
    await screen.findByRole('heading', { level: 1, name: 'No such tag' });
    expect(screen.getByRole('link', { name: '#evidence' })).toHaveAttribute('href', '/tags/evidence');
  });
});
