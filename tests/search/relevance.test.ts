/**
 * Relevance: the card a reader means is in the top three, for the ways readers half-remember things.
 * Runs against the real content, so a change to the cards that hides one from its readers fails here.
 */
import Fuse from 'fuse.js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllContent } from '../../src/content/pipeline/collections';
import type { SearchData } from '../../src/content/search-data';
import { createSearcher, type Searcher } from '../../src/features/search/engine';

let searcher: Searcher;
beforeAll(async () => {
  const { content, problems } = await loadAllContent(path.resolve('content'));
  expect(problems).toEqual([]);
  searcher = createSearcher(content!.modules.search as SearchData, Fuse);
});

const top = (query: string, n = 3) => searcher.search(query, n).map((h) => h.doc.id);

// [query, the card expected in the top three, what kind of query it is]
const TABLE: [string, string, string][] = [
  ['Open Dialogue', 'open-dialogue', 'exact title'],
  ['Network meeting', 'network-meeting', 'exact title'],
  ['The CARe model', 'care-model', 'exact title'],
  ['tolerance of uncertainty', 'tolerance-of-uncertainty', 'exact title, lower case'],
  ['Seikula', 'jaakko-seikkula', 'typo in a name'],
  ['Jaako Seikkula', 'jaakko-seikkula', 'typo in a first name'],
  ['Razaque', 'russell-razzaque', 'typo in a name'],
  ['uncertanty', 'tolerance-of-uncertainty', 'typo'],
  ['netwrok meeting', 'network-meeting', 'transposed letters'],
  ['peer open dialog', 'peer-supported-open-dialogue', 'partial words'],
  ['peer sup', 'peer-supported-open-dialogue', 'partial word while typing'],
  ['uncert', 'tolerance-of-uncertainty', 'partial word'],
  ['webin', 'webinar-four-countries', 'partial word'],
  ['Avatud dialoog', 'open-dialogue', 'Estonian translation'],
  ['otevřený dialog', 'open-dialogue', 'Czech translation'],
  ['otevreny dialog', 'open-dialogue', 'Czech translation without accents'],
  ['avoin dialogi', 'open-dialogue', 'Finnish translation'],
  ['netwerkgesprek', 'network-meeting', 'Dutch translation'],
  ['hoitokokous', 'network-meeting', 'Finnish term'],
  ['POD', 'peer-supported-open-dialogue', 'acronym'],
  ['ODDESSI', 'oddessi-trial', 'acronym of a study'],
  ['oddesi', 'oddessi-trial', 'misspelt acronym'],
  ['Phrenos', 'phrenos', 'organisation'],
  ['NELFT', 'nelft', 'organisation acronym'],
  ['Tartu', 'university-of-tartu', 'place in an organisation name'],
  ['CARe Academy', 'the-care-network', 'alias of an organisation'],
  ['Wilken', 'jean-pierre-wilken', 'surname'],
  ['Narruson', 'dagmar-narusson', 'misspelt surname'],
  ['Boertien', 'dienke-boertien', 'surname'],
  ['Ziak', 'ondrej-ziak', 'surname without its accent'],
  ['Pilling', 'oddessi-trial', 'person named in a body'],
  ['Keropudas', 'western-lapland', 'place named in a body'],
  ['Tornio', 'western-lapland', 'town named in a body'],
  ['Zahrada', 'zahrada-2000', 'organisation, first word'],
  ['social insurance board', 'estonian-social-insurance-board', 'organisation, partial name'],
  ['poetics', 'poetics-and-micropolitics', 'first word of a term'],
  ['polyfony', 'polyphony', 'misspelt term'],
  ['need adapted', 'need-adapted-treatment', 'partial name of an approach'],
  ['nineteen year', 'nineteen-year-register-study', 'partial name of a study'],
  ['first episode psychosis', 'five-year-follow-up-2006', 'what a study is about'],
  ['síťové setkání', 'network-meeting', 'Czech translation from the glossary'],
  ['reflecting team', 'reflecting-conversation', 'other name of a practice'],
  ['ervaringsdeskundige', 'peer-worker', 'Dutch name of a role'],
  ['Comprehensive Approach to Rehabilitation', 'care-model', 'expanded acronym'],
  ['not rushing to a diagnosis', 'tolerance-of-uncertainty', 'concept in other words'],
  ['lived experience in the team', 'peer-worker', 'concept in other words'],
  ['expert by experience', 'peer-worker', 'synonym of a role'],
  ['fidelity criteria', 'twelve-key-elements', 'other name of a practice'],
  ['four countries', 'webinar-four-countries', 'event in other words'],
  ['Estnia', 'estonia', 'misspelt country'],
  ['UK', 'united-kingdom', 'country acronym'],
  ['Czechia', 'czech-republic', 'country, short name'],
];

// Everything that is not a card: [query, the expected result in the top three, what kind of query it is]
const OTHER_KINDS: [string, string, string][] = [
  ['what peers do', 'section:united-kingdom#what-peers-do', 'a section heading'],
  ['handout', 'handout:seven-principles', 'a word only handouts carry'],
  ['seven principles slides', 'deck:seven-principles', 'a deck by its title'],
  ['peer workers CARe deck', 'deck:peer-workers-care', 'a deck by its words'],
  ['printable handout seven principles', 'handout:seven-principles', 'a handout by its deck'],
  ['open dialogue in 20 minutes', 'path:open-dialogue-in-20-minutes', 'a guided path by its title'],
  ['guided paths', 'page:paths', 'the list of paths'],
  ['síťové setkání', 'glossary:network-meeting', 'a glossary term by its Czech translation'],
  ['glossary', 'page:glossary', 'the glossary page'],
  ['webinar page', 'page:webinar', 'the webinar page'],
  ['evidence', 'page:evidence', 'the evidence page'],
  ['decks', 'page:decks', 'the list of decks'],
];

describe('relevance: every kind of result is found', () => {
  it.each(OTHER_KINDS)('%s -> %s (%s)', (query, expected) => {
    expect(top(query)).toContain(expected);
  });

  it('finds each kind at least once, each result naming where it leads', () => {
    const kinds = new Map(searcher.search('open dialogue peer', 400).map((h) => [h.doc.kind, h.doc.url]));
    for (const kind of ['section', 'deck', 'handout', 'path', 'glossary', 'page', 'approach']) expect(kinds.has(kind as never), kind).toBe(true);
    expect(kinds.get('section')).toMatch(/^\/cards\/[a-z0-9-]+#[\p{L}\p{N}-]+$/u);
    expect(kinds.get('deck')).toMatch(/^\/present\/[a-z0-9-]+\/1$/);
    expect(kinds.get('handout')).toMatch(/^\/decks\/[a-z0-9-]+\/handout$/);
    expect(kinds.get('path')).toMatch(/^\/paths\/[a-z0-9-]+$/);
    expect(kinds.get('glossary')).toMatch(/^\/glossary#[a-z0-9-]+$/);
  });
});

describe('relevance: the expected card is in the top three', () => {
  it.each(TABLE)('%s -> %s (%s)', (query, expected) => {
    expect(top(query)).toContain(expected);
  });
});

describe('ranking', () => {
  it('puts an exact title first, above cards that only mention it', () => {
    expect(top('Open Dialogue', 1)).toEqual(['open-dialogue']);
    expect(top('open dialog', 1)).toEqual(['open-dialogue']);
    expect(top('Peer-supported Open Dialogue', 1)).toEqual(['peer-supported-open-dialogue']);
    expect(top('CARe model', 1)).toEqual(['care-model']);
  });

  it('ranks a title match above a body mention: the webinar page and card before cards that mention it', () => {
    expect(top('webinar', 2).sort()).toEqual(['page:webinar', 'webinar-four-countries']);
  });

  it('ranks the card named by an exact title word first, above questions and glossary terms using it', () => {
    expect(top('dialogue', 1)).toEqual(['open-dialogue']);
    expect(top('polyphony', 1)).toEqual(['polyphony']);
    expect(top('Open Dialogue', 2)).toEqual(['open-dialogue', 'glossary:open-dialogue']);
  });

  it('ranks a page above card sections with the same heading', () => {
    expect(top('evidence', 1)).toEqual(['page:evidence']);
    expect(top('evidence', 3)).toContain('section:open-dialogue#evidence');
  });
});

describe('any input is safe', () => {
  const odd = [
    'x'.repeat(100_000),
    '((((',
    '.*+?^${}()|[]\\',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0007',
    '🙂🙂 dialogue',
    'שלום עולם',
    'مرحبا',
    '   ',
    '',
    "'; DROP TABLE cards; --",
    '!oddessi | ^peer', // fuse's extended-search syntax must not change what a query means
  ];
  it.each(odd.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : JSON.stringify(q), q]))(
    '%s returns a list without throwing',
    (_, q) => {
      const started = performance.now();
      expect(Array.isArray(searcher.search(q))).toBe(true);
      expect(Array.isArray(searcher.suggest(q))).toBe(true);
      expect(performance.now() - started).toBeLessThan(500);
    },
  );

  it('finds words next to emoji and markup', () => {
    expect(top('🙂 uncertainty')).toContain('tolerance-of-uncertainty');
    expect(top('<b>ODDESSI</b>')).toContain('oddessi-trial');
  });

  it('finds nothing for gibberish, and suggests close words for a near miss', () => {
    expect(searcher.search('qqzxv')).toEqual([]);
    expect(searcher.suggest('uncertaintyy')).toContain('uncertainty');
  });
});
