import type { Inline } from './deck-schema.ts';

/** Adjacent texts as one, as markdown reads them (a tag left out of a slide leaves its texts apart). */
export function joinTexts(list: readonly Inline[]): Inline[] {
  return list.reduce<Inline[]>((out, n) => {
    const last = out.at(-1);
    if (n.t === 'text' && last?.t === 'text') out[out.length - 1] = { t: 'text', v: last.v + n.v };
    else out.push(n);
    return out;
  }, []);
}
