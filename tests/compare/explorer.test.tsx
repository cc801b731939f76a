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
    const chart = screen.getByRole('table', { name: /Matrix/ });
    const heads = within(chart).getAllByRole('columnheader').filter((h) => h.closest('thead')).map((h) => h.textContent);
    expect(heads).toEqual(['United Kingdom', 'Czech Republic', 'Netherlands', 'Estonia']);
    // Finland is off by default.
    expect(within(chart).queryByText(/Finland/)).toBeNull();
    // Every word shown is whole: no level or heading cut off mid-phrase.
    expect(chart.textContent).not.toContain('…');
    // Label in name (WCAG 2.5.3): a cell's accessible name contains the words it shows, as a speech user says them.
    const cells = [...chart.querySelectorAll('a')];
    expect(cells).toHaveLength(64);
    // Nothing looks selected before a reader selects it; the first cell is the grid's tab stop.
    expect(chart.querySelectorAll('.is-active')).toHaveLength(0);
    expect(cells.filter((a) => a.tabIndex === 0)).toEqual([cells[0]]);
    const visible = (a: Element) => [...a.querySelectorAll(':scope > span:not([aria-hidden])')].map((s) => s.textContent).join(' ').replace(/\s+/g, ' ').trim();
    const mismatched = cells.filter((a) => !a.getAttribute('aria-label')!.includes(visible(a)));
    expect(mismatched.map(visible)).toEqual([]);
    // Ordered rows have a track; rows of kinds have none (a kind has no "further along").
    const row = (name: string) => within(chart).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
    expect(row('Training').querySelectorAll('.cell-track').length).toBe(4);
    expect(row('Where it is practised').querySelectorAll('.cell-track').length).toBe(0);
    expect(row('Where it is practised')).toHaveTextContent('kinds, no order');
  });

  it('explains only the encodings the view uses: no track for a view of kinds, no kinds for ordered rows', async () => {
    const { router } = renderRoute('/compare?dims=settings,leads');
    const levels = () => screen.getByRole('list', { name: 'How levels are shown' });
    await waitFor(() => expect(levels()).toHaveTextContent('Kinds, no order'));
    expect(levels()).not.toHaveTextContent('Ordered');
    await act(() => router.navigate('/compare?dims=start,stage'));
    await waitFor(() => expect(levels()).toHaveTextContent('Ordered dimensions'));
    expect(levels()).not.toHaveTextContent('Kinds');
  });

  it('shows Finland as a reference column one toggle away, first, and says what each country kept or changed', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?dims=start,stage');
    await user.click(await screen.findByRole('checkbox', { name: /Show Finland \(Western Lapland\)/ }));
    expect(search(router)).toBe('?dims=start,stage&origin=finland');
    const chart = screen.getByRole('table', { name: /Matrix/ });
    expect(within(chart).getAllByRole('columnheader')[0]).toHaveTextContent('Finland (Western Lapland)reference: where OD began');
    expect(screen.getByRole('link', { name: /^Finland \(Western Lapland\), When OD started: By 2014\. Documented \(high\)\. In 1984/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^United Kingdom, When OD started: By 2014\..* Same level as Finland \(Western Lapland\)\./ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Estonia, Stage of implementation: Several teams\..* A different level from Finland/ })).toBeInTheDocument();
    // The details of a country's cell name Finland's level beside it.
    act(() => screen.getByRole('link', { name: /^Estonia, Stage of implementation/ }).focus());
    expect(screen.getByRole('complementary', { name: 'Details' })).toHaveTextContent('In Finland (Western Lapland): Service-wide (a different level).');
    await user.click(screen.getByRole('checkbox', { name: /Show Finland/ }));
    expect(search(router)).not.toContain('origin');
  });

  it('shows a cell’s details on the first hover, and never a detail from another view', async () => {
    renderRoute('/compare');
    const cell = await screen.findByRole('link', { name: /^Czech Republic, When OD started/ });
    fireEvent.mouseEnter(cell);
    const details = () => screen.getByRole('complementary', { name: 'Details' });
    expect(details()).toHaveTextContent(/^Czech Republic · When OD started/);
    fireEvent.click(screen.getByRole('tab', { name: 'Peer roles' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Peer roles' })).toHaveAttribute('aria-selected', 'true'));
    expect(details()).not.toHaveTextContent('When OD started');
    expect(details()).toHaveTextContent('Point at a cell, tap it or reach it with the Tab key');
    fireEvent.mouseEnter(screen.getByRole('link', { name: /^Netherlands, Peers in training/ }));
    expect(details()).toHaveTextContent(/^Netherlands · Peers in training/);
  });

  it('a first tap on a cell shows its details and keeps the page; a second opens the card', async () => {
    const { router } = renderRoute('/compare?countries=estonia&dims=stage');
    const cell = await screen.findByRole('link', { name: /^Estonia, Stage of implementation/ });
    fireEvent.pointerDown(cell, { pointerType: 'touch' });
    fireEvent.click(cell);
    await waitFor(() => expect(search(router)).toContain('sel=estonia:stage'));
    expect(router.state.location.pathname).toBe('/compare');
    expect(screen.getByRole('complementary', { name: 'Details' })).toHaveTextContent('Papaver');
    fireEvent.pointerDown(cell, { pointerType: 'touch' });
    fireEvent.click(cell);
    await waitFor(() => expect(router.state.location.pathname).toBe('/cards/estonia'));
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
