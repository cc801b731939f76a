import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from './render-route';

afterEach(() => window.localStorage.clear());

/** The first render loads the route's lazy module and compiles it: slow on a busy machine. */
const slow = { timeout: 10_000 };
vi.setConfig({ testTimeout: 20_000 });

describe('webinar page', () => {
  it('lists the host and four speakers with country and organisation, and the five questions with their paths', async () => {
    renderRoute('/webinar');
    expect(await screen.findByRole('heading', { level: 1 }, slow)).toHaveTextContent('Open Dialogue: experience from 4 countries');
    const people = screen.getByRole('list', { name: 'Host and speakers' });
    const items = within(people).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Jean Pierre Wilken',
      'Russell Razzaque',
      'Ondrej Žiak',
      'Dienke Boertien',
      'Dagmar Narusson',
    ]);
    expect(items[1]).toHaveTextContent(/Speaker for United Kingdom · NELFT/);
    expect(within(items[4]).getByRole('link', { name: 'Estonia' })).toHaveAttribute('href', '/cards/estonia');
    const questions = within(screen.getByRole('list', { name: "The webinar's questions" })).getAllByRole('listitem');
    expect(questions).toHaveLength(5);
    expect(within(questions[0]).getByRole('link', { name: /^Guided path:/ })).toHaveAttribute('href', '/paths/value-of-open-dialogue');
    expect(screen.getAllByRole('link', { name: /thecare-network\.com/ })[0]).toHaveAttribute(
      'href',
      'https://www.thecare-network.com/post/open-dialogue-experience-from-4-countries',
    );
  });
});

describe('guided path page', () => {
  it('lists the steps as links that keep the path, and counts progress from this browser', async () => {
    window.localStorage.setItem('od-kb:path-progress', JSON.stringify({ 'combining-models': ['question-combining-models', 'care-model'] }));
    renderRoute('/paths/combining-models');
    expect(await screen.findByRole('heading', { level: 1, name: 'Combining Open Dialogue with other models' }, slow)).toBeInTheDocument();
    expect(screen.getByText('Read 2 of 8 steps')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Continue with step 3: The CARe Network/ })).toHaveAttribute(
      'href',
      '/cards/the-care-network?path=combining-models',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear my progress' }));
    // The store's update may land after the click's own render on a busy machine (it failed twice in CI that way).
    expect(await screen.findByText('Read 0 of 8 steps')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Start with step 1/ })).toBeInTheDocument();
  });

  it('an unknown path id is a 404 with a suggestion', async () => {
    renderRoute('/paths/combining-model');
    expect(await screen.findByRole('heading', { level: 1, name: 'Guided path not found' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Combining Open Dialogue with other models' })).toHaveAttribute('href', '/paths/combining-models');
  });
});

describe('a card read as a step of a path', () => {
  it('shows the step number and links to the previous and next steps, and records the step as read when the reader goes on', async () => {
    renderRoute('/cards/care-model?path=combining-models');
    const trail = await screen.findByRole('navigation', { name: 'Guided path' }, slow);
    expect(trail).toHaveTextContent('Step 2 of 8');
    expect(within(trail).getByRole('link', { name: /Previous: How can Open Dialogue be combined/ })).toHaveAttribute(
      'href',
      '/cards/question-combining-models?path=combining-models',
    );
    expect(within(trail).getByRole('link', { name: /Next: The CARe Network/ })).toHaveAttribute('href', '/cards/the-care-network?path=combining-models');
    const progress = () => JSON.parse(window.localStorage.getItem('od-kb:path-progress') ?? '{}');
    // Opening a step is not reading it.
    expect(progress()).toEqual({});
    fireEvent.click(within(trail).getByRole('link', { name: /Next: The CARe Network/ }));
    await waitFor(() => expect(progress()).toEqual({ 'combining-models': ['care-model'] }));
  });

  it('the last step offers to finish the path', async () => {
    renderRoute('/cards/need-adapted-treatment?path=combining-models');
    const bottom = await screen.findByRole('navigation', { name: 'Next in the guided path' }, slow);
    expect(bottom).toHaveTextContent('This is the last step');
    expect(within(bottom).getByRole('link', { name: /Finish the path/ })).toHaveAttribute('href', '/paths/combining-models');
  });

  it('an unknown path in the URL shows a polite notice and the card as usual', async () => {
    renderRoute('/cards/care-model?path=nope');
    expect(await screen.findByRole('status', {}, slow)).toHaveTextContent('There is no guided path “nope”');
    expect(screen.getByRole('heading', { level: 1, name: 'The CARe model' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Guided path' })).not.toBeInTheDocument();
  });

  it('a card that is not a step of the named path says so', async () => {
    renderRoute('/cards/estonia?path=combining-models');
    expect(await screen.findByRole('status', {}, slow)).toHaveTextContent('This card is not a step of the guided path');
  });
});

describe('glossary page', () => {
  it('gives each term a definition, its card and only sourced translations, marked with their language', async () => {
    renderRoute('/glossary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' }, slow)).toBeInTheDocument();
    const entry = screen.getByRole('region', { name: 'Network meeting' });
    expect(within(entry).getByRole('link', { name: 'Network meeting' })).toHaveAttribute('href', '/cards/network-meeting');
    const estonian = within(entry).getByText('võrgustikukohtumine');
    expect(estonian).toHaveAttribute('lang', 'et');
    expect(estonian.closest('dd')).toHaveTextContent(/source/);
    // A translation's English meaning stays outside its language's span, so a screen reader reads it in English.
    const czech = within(screen.getByRole('region', { name: 'Expert by experience' })).getByText('osoby s vlastní zkušeností');
    expect(czech).toHaveAttribute('lang', 'cs');
    expect(czech.closest('dd')).toHaveTextContent('osoby s vlastní zkušeností (“people with lived experience”)');
    for (const span of document.querySelectorAll('.glossary-translations [lang]')) expect(span.textContent).not.toMatch(/[();]/);
    // Every translation names at least one numbered source that resolves to the list at the bottom.
    const sources = screen.getByRole('region', { name: 'Sources of the translations' });
    for (const ref of within(entry).getAllByRole('link', { name: /^Source \d+:/ })) {
      const id = ref.getAttribute('href')!.slice(1);
      expect(sources.querySelector(`[id="${id}"]`)).not.toBeNull();
    }
  });
});
