import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('card page', () => {
  it('shows title, kind, summary, body, related cards, backlinks and full sources', async () => {
    renderRoute('/cards/peer-supported-open-dialogue');
    expect(await screen.findByRole('heading', { level: 1, name: 'Peer-supported Open Dialogue' })).toBeInTheDocument();
    const article = screen.getByRole('article');
    expect(within(article).getAllByText('Approach')[0]).toBeInTheDocument();
    // The body's wiki links became router links.
    expect(await screen.findByText(/takes the/)).toBeInTheDocument();
    const related = screen.getByRole('region', { name: 'Related cards' });
    expect(within(related).getByRole('heading', { name: 'Extends' })).toBeInTheDocument();
    expect(within(related).getByRole('link', { name: 'Open Dialogue' })).toHaveAttribute('href', '/cards/open-dialogue');
    const backlinks = screen.getByRole('region', { name: 'Linked from' });
    expect(within(backlinks).getByRole('link', { name: 'Open Dialogue' })).toHaveAttribute('href', '/cards/open-dialogue');
    // Each of the first backlinks comes with the sentence around its link.
    const first = within(backlinks).getAllByRole('listitem')[0];
    expect(first.querySelector('.backlink-context')?.textContent?.length).toBeGreaterThan(20);
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByText(/An introduction to peer-supported open dialogue/)).toBeInTheDocument();
    expect(within(sources).getByRole('link', { name: 'doi:10.1192/apt.bp.115.015230' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1192/apt.bp.115.015230',
    );
  });

  it('shows inverse relations on the card that is named', async () => {
    renderRoute('/cards/open-dialogue');
    await screen.findByRole('heading', { level: 1, name: 'Open Dialogue' });
    const related = screen.getByRole('region', { name: 'Related cards' });
    const extendedBy = within(related).getByRole('heading', { name: 'Extended by' }).nextElementSibling!;
    expect(within(extendedBy as HTMLElement).getByRole('link', { name: 'Peer-supported Open Dialogue' })).toBeInTheDocument();
  });

  it('answers an unknown card id with a 404 that names it and suggests close cards', async () => {
    renderRoute('/cards/open-dialog');
    expect(await screen.findByRole('heading', { level: 1, name: 'Card not found' })).toBeInTheDocument();
    expect(screen.getByText('open-dialog', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Dialogue' })).toHaveAttribute('href', '/cards/open-dialogue');
  });

  it('answers any other unknown URL with a 404 page', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'browse all cards' })).toBeInTheDocument();
  });
});
