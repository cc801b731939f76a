import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/closest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['pod', 'pod', 0],
    ['seikula', 'seikkula', 1],
    ['alpah', 'alpha', 2],
    ['abc', '', 3],
  ])('%s -> %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('closest', () => {
  const ids = ['open-dialogue', 'peer-supported-open-dialogue', 'care-model', 'network-meeting'];
  it('suggests near misspellings first', () => {
    expect(closest('open-dialog', ids)[0]).toBe('open-dialogue');
    expect(closest('netwrk-meeting', ids)).toEqual(['network-meeting']);
  });
  it('counts a contained word as close', () => {
    expect(closest('dialogue', ids)).toEqual(['open-dialogue', 'peer-supported-open-dialogue']);
  });
  it('suggests nothing for unrelated input', () => {
    expect(closest('zzzzzz', ids)).toEqual([]);
  });
});
