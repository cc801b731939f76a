import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/content/schema';
import { Citation } from '../../src/ui/Citation';

const text = (source: Source) => render(<Citation source={source} />).container.textContent;

describe('a citation, as APA writes it', () => {
  it('names the authors first, then the year, title, venue and link', () => {
    const source: Source = { id: 'p', type: 'paper', authors: ['Seikkula J.', 'Olson M.E.'], title: 'Poetics', year: 2003, venue: 'Family Process 42', doi: '10.1111/x' };
    expect(text(source)).toBe('Seikkula J., Olson M.E. (2003). Poetics. Family Process 42. doi:10.1111/x');
  });

  it('puts the organisation first for a page without named authors, never "(n.d.). Title"', () => {
    const source: Source = { id: 'w', type: 'web-page', authors: [], title: 'The principles', venue: 'opendialogue.org.au', url: 'https://opendialogue.org.au/principles/' };
    expect(text(source)).toBe('opendialogue.org.au. (n.d.). The principles. https://opendialogue.org.au/principles/');
  });

  it('leads with the title for a book or paper without named authors, and says where to find a source with no link', () => {
    const source: Source = { id: 'b', type: 'book', authors: [], title: 'A guide?', year: 2015, locate: 'Print only; held by the national library' };
    expect(text(source)).toBe('A guide? (2015). Print only; held by the national library.');
  });
});
