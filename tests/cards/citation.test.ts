import { describe, expect, it } from 'vitest';
import { bodySections } from '../../src/features/cards/card-sections';
import { apaCitation, bibtexCitation, longDate, risCitation, type CitedCard } from '../../src/features/cards/citation';
import type { BodyNode } from '../../src/content/schema';
import { parseBibtex } from '../bibtex-parse';

const card: CitedCard = {
  id: 'tolerance-of-uncertainty',
  title: 'Tolerance of uncertainty',
  url: 'https://kb.example.org/od/cards/tolerance-of-uncertainty',
  reviewed: '2026-12-02',
  site: 'Open Dialogue knowledge base',
};

describe('citation formats', () => {
  it('APA 7: group author, date of the version, title, address', () => {
    expect(apaCitation(card)).toBe(
      'Open Dialogue knowledge base. (2026, December 2). Tolerance of uncertainty. https://kb.example.org/od/cards/tolerance-of-uncertainty',
    );
    // A title ending in a question mark takes no extra full stop.
    expect(apaCitation({ ...card, title: 'What is the value?' })).toContain('(2026, December 2). What is the value? https://');
  });

  it('BibTeX: a @misc entry a strict reader accepts, with key, author, title, year, date and url', () => {
    const entry = parseBibtex(bibtexCitation(card));
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('odkb-tolerance-of-uncertainty-2026');
    expect(entry.fields).toMatchObject({
      author: '{Open Dialogue knowledge base}',
      title: '{Tolerance of uncertainty}',
      year: '2026',
      month: 'dec',
      date: '2026-12-02',
      url: card.url,
    });
  });

  it('BibTeX escapes what TeX would read as commands, and stays balanced', () => {
    const entry = parseBibtex(bibtexCitation({ ...card, title: 'Peers & {networks}: 100% of_it #1 ~ ^ \\' }));
    expect(entry.fields.title).toBe('{Peers \\& \\{networks\\}: 100\\% of\\_it \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}');
  });

  it('the strict reader rejects broken BibTeX (so the check above can fail)', () => {
    expect(() => parseBibtex('@misc{key, title = {open}')).toThrow(/unbalanced|expected/);
    expect(() => parseBibtex('@misc{key title = {x}}')).toThrow(/expected ","/);
    expect(() => parseBibtex('misc{key}')).toThrow(/expected "@"/);
  });

  it('RIS: one tag per line, a web page record closed by ER', () => {
    expect(risCitation(card).split('\n')).toEqual([
      'TY  - ELEC',
      'AU  - Open Dialogue knowledge base',
      'TI  - Tolerance of uncertainty',
      'PY  - 2026',
      'DA  - 2026/12/02',
      'PB  - Open Dialogue knowledge base',
      `UR  - ${card.url}`,
      'N1  - Last reviewed 2026-12-02',
      'ER  - ',
    ]);
  });

  it('writes dates as the card page shows them', () => {
    expect(longDate('2026-12-02')).toBe('2 December 2026');
    expect(longDate('2027-01-31')).toBe('31 January 2027');
  });
});

describe('bodySections', () => {
  it('lists the body\'s level-two headings with their anchors, as plain text', () => {
    const body: BodyNode[] = [
      ['p', null, 'Intro'],
      ['h2', { id: 'what-it-found' }, 'What it ', ['em', null, 'found']],
      ['h3', { id: 'detail' }, 'Detail'],
      ['h2', { id: 'limits' }, 'Limits'],
    ];
    expect(bodySections(body)).toEqual([
      { id: 'what-it-found', title: 'What it found' },
      { id: 'limits', title: 'Limits' },
    ]);
  });
});
