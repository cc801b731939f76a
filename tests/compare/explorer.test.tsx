import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../components/render-route';

// The first render loads the lazy route with d3; give it time on a busy machine.
configure({ asyncUtilTimeout: 8000 });

const search = (router: { state: { location: { search: string } } }) => decodeURIComponent(router.state.location.search);

describe('comparison explorer', { timeout: 30_000 }, () => {
  it('shows the matrix by default with every country and the nav entry', async () => {
    renderRoute('/compare');
    expect(await screen.findByRole('heading', { level: 1, name: /four countries, compared/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true');
    const chart = screen.getByRole('group', { name: /Matrix/ });
    for (const name of ['United Kingdom', 'Czech Republic', 'Netherlands', 'Estonia']) expect(within(chart).getByText(name)).toBeInTheDocument();
    // Every word drawn in the matrix is whole: a level and a heading in full, no sentence cut off mid-phrase.
    const drawn = [...chart.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(drawn.length).toBeGreaterThan(64);
    expect(drawn.filter((t) => t.endsWith('…'))).toEqual([]);
    // Label in name (WCAG 2.5.3): a cell's accessible name contains the words it shows, as a speech user says them.
    const cells = [...chart.querySelectorAll('a')];
    expect(cells).toHaveLength(64);
    const mismatched = cells.filter((a) => !a.getAttribute('aria-label')!.includes((a.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(mismatched.map((a) => a.textContent)).toEqual([]);
  });

  it('shows "not documented" as a visible value with its confidence, never a guess', async () => {
    renderRoute('/compare?countries=estonia&dims=peer-team');
    const cell = await screen.findByRole('link', { name: /^Estonia, Peers in the team: Not documented\. The pages on the Estonian teams/ });
    expect(within(cell).getByText('Not documented')).toBeInTheDocument();
    // Said once, not three times (its level, its confidence and its sentence each say it).
    expect(cell.getAttribute('aria-label')!.match(/not documented/gi)).toHaveLength(1);
  });

  it('puts the view, countries and dimensions into the URL and back', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare');
    await screen.findByRole('tab', { name: 'Timeline' });
    await user.click(screen.getByRole('checkbox', { name: 'Czech Republic' }));
    expect(search(router)).toBe('?countries=united-kingdom,netherlands,estonia');
    await user.click(screen.getByRole('button', { name: 'Move Estonia earlier' }));
    expect(search(router)).toBe('?countries=united-kingdom,estonia,netherlands');
    await user.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(search(router)).toBe('?view=timeline&countries=united-kingdom,estonia,netherlands');
    await user.click(screen.getByText(/Dimensions \(/));
    await user.click(screen.getByRole('checkbox', { name: 'Funding' }));
    expect(search(router)).toContain('dims=start,stage,settings,leads,training,research,with-care');
    await user.click(screen.getByRole('button', { name: 'Show all dimensions' }));
    expect(search(router)).not.toContain('dims=');
  });

  it('keeps the focused milestone in the URL, so a shared link opens on it', async () => {
    const { router } = renderRoute('/compare?view=timeline&countries=estonia,netherlands');
    const chart = await screen.findByRole('group', { name: /Timeline/ });
    const points = within(chart).getAllByRole('link', { name: /^Netherlands, / });
    act(() => points[1].focus());
    await waitFor(() => expect(search(router)).toBe('?view=timeline&countries=estonia,netherlands&milestone=netherlands:2'));
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(details).toHaveTextContent(/^Netherlands ·/);
    // Opening that link shows the same milestone, and it takes the tab stop.
    const fresh = renderRoute(`/compare${search(router)}`);
    await waitFor(() => expect(fresh.router.state.location.search).toContain('milestone=netherlands:2'));
    const again = (await within(fresh.container).findAllByRole('complementary', { name: 'Details' }))[0];
    await waitFor(() => expect(again.textContent).toBe(details.textContent));
    const tabStops = (await within(fresh.container).findAllByRole('link', { name: /^Netherlands, / })).filter((a) => a.getAttribute('tabindex') === '0');
    expect(tabStops).toHaveLength(1);
    expect(tabStops[0].getAttribute('aria-label')).toBe(points[1].getAttribute('aria-label'));
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?view=table');
    const tab = await screen.findByRole('tab', { name: 'Table' });
    tab.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Sources' })).toHaveFocus();
    expect(search(router)).toBe('?view=sources');
  });

  it('ignores invalid link parameters with a visible, polite notice and still shows the page', async () => {
    renderRoute('/compare?view=pie&countries=estonia,atlantis&sel=estonia:nothing');
    const status = (await screen.findByText(/Parts of this link could not be used/)).closest('[role="status"]')!;
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('There is no view “pie”');
    expect(status).toHaveTextContent('Unknown countries in the link: “atlantis”');
    expect(screen.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('link', { name: /^Estonia,/ }).length).toBeGreaterThan(10);
  });

  it('shows a cell’s text, confidence and sources on focus, writes the selection, and moves with arrow keys', async () => {
    const { router } = renderRoute('/compare?countries=czech-republic,estonia&dims=peer-team,peer-meetings');
    const cz = await screen.findByRole('link', { name: /^Czech Republic, Peers in the team: Yes\./ });
    expect(cz).toHaveAttribute('tabindex', '0');
    act(() => cz.focus());
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(details).toHaveTextContent('people with lived experience');
    expect(details).toHaveTextContent('Documented (high)');
    expect(within(details).getByRole('link', { name: /ZAHRADA 2000/ })).toHaveAttribute('href', expect.stringContaining('view=sources'));
    expect(search(router)).toContain('sel=czech-republic:peer-team');
    fireEvent.keyDown(cz, { key: 'ArrowRight' });
    const ee = screen.getByRole('link', { name: /^Estonia, Peers in the team: Not documented/ });
    expect(ee).toHaveFocus();
    fireEvent.keyDown(ee, { key: 'ArrowDown' });
    expect(screen.getByRole('link', { name: /^Estonia, Peers in network meetings/ })).toHaveFocus();
    expect(search(router)).toContain('sel=estonia:peer-meetings');
  });

  it('opens the country card at the heading for the cell', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?countries=united-kingdom&dims=peer-team');
    await user.click(await screen.findByRole('link', { name: /^United Kingdom, Peers in the team/ }));
    // The card route loads its body first, then the location changes.
    await waitFor(() => expect(router.state.location.pathname).toBe('/cards/united-kingdom'));
    expect(router.state.location.hash).toBe('#what-peers-do');
  });

  it('sorts the table by a column, with aria-sort and the sort in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?view=table&dims=peer-team');
    const table = await screen.findByRole('table');
    const firstCountry = () => within(table).getAllByRole('rowheader')[0].textContent;
    expect(firstCountry()).toBe('United Kingdom');
    await user.click(within(table).getByRole('button', { name: /Confidence/ }));
    expect(search(router)).toContain('sort=confidence');
    expect(within(table).getByRole('columnheader', { name: /Confidence/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Confidence/ }));
    expect(search(router)).toContain('sort=confidence:desc');
    // Not documented sorts last ascending, so first descending: Estonia's peers.
    expect(firstCountry()).toBe('Estonia');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Not documented');
  });

  it('lists every source the shown data cites, with full citations', async () => {
    renderRoute('/compare?view=sources&countries=estonia');
    expect(await screen.findByText(/sources back the values and milestones shown/)).toBeInTheDocument();
    expect(screen.getByText('Avatud dialoogi rakendamine Eestis')).toBeInTheDocument();
    expect(document.getElementById('source-provida-2023')).not.toBeNull();
  });
});
