import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllContent } from '../../src/content/pipeline/collections';
import { formatProblem } from '../../src/content/pipeline/errors';

describe('the real content in content/', () => {
  it('validates without a single problem (cards, sources and every collection)', async () => {
    const { content, problems } = await loadAllContent(path.resolve(import.meta.dirname, '../../content'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content!.base.index.cards.length).toBeGreaterThanOrEqual(6);
    // Compiling every MDX body takes several seconds on a busy machine.
  }, 60_000);
});
