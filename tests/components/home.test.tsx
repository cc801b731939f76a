import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('home page', () => {
  it('presents the three approaches and an entry point for each kind of user', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Open Dialogue');
    for (const name of ['Open Dialogue', 'Peer-supported Open Dialogue', 'The CARe model']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
    }
    for (const who of ['Practitioners', 'Trainers', 'Webinar attendees']) {
      expect(screen.getByRole('heading', { name: who })).toBeInTheDocument();
    }
  });
});
