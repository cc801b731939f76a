import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/build/errors';
import { loadContent } from '../../src/content/build/load-content';

describe('the real content in content/', () => {
  it('validates without a single problem', async () => {
    const { content, problems } = await loadContent(path.resolve(import.meta.dirname, '../../content'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content!.index.cards.length).toBeGreaterThanOrEqual(6);
  });
});
