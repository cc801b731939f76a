import { describe, expect, it } from 'vitest';
import { withGlossaryNames } from '../../src/content/pipeline/search-index';
import type { SearchDoc } from '../../src/content/search-data';

const card: SearchDoc = { id: 'open-dialogue', url: '/cards/open-dialogue', kind: 'approach', title: 'Open Dialogue', aliases: ['OD'], tags: [], summary: '', body: '' };

describe('glossary terms and translations become names of the card they explain', () => {
  it('adds each name once, split where a translation lists several', () => {
    const glossary = [
      {
        term: 'Open Dialogue (OD)',
        card: 'open-dialogue',
        definition: 'x'.repeat(20),
        translations: [
          { lang: 'cs', term: 'otevřený dialog / Otevřené dialogy', sources: ['s'] },
          { lang: 'fi', term: 'avoin dialogi / Avoimen dialogin hoitomalli', sources: ['s'] },
          { lang: 'nl', term: 'Open Dialogue', sources: ['s'] },
        ],
      },
    ];
    const [doc] = withGlossaryNames([card], { glossary });
    expect(doc.aliases).toEqual(['OD', 'otevřený dialog', 'Otevřené dialogy', 'avoin dialogi', 'Avoimen dialogin hoitomalli']);
  });

  it('leaves the docs alone when there is no glossary', () => {
    expect(withGlossaryNames([card], {})).toEqual([card]);
  });
});
