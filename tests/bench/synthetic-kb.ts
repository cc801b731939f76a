/** Synthetic knowledge bases for the graph benchmark: deterministic, about five links per card, clustered. */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { CARD_KINDS } from '../../src/content/vocabulary.ts';

export type SyntheticCard = { id: string; links: string[]; related: { card: string }[] };

/** A small deterministic generator (LCG), so every run benchmarks the same graphs. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const idOf = (i: number) => `bench-${String(i).padStart(5, '0')}`;

/** `n` cards, each linking to ~5 others: mostly nearby ids (clusters), some anywhere (bridges). */
export function syntheticCards(n: number, linksPerCard = 5): SyntheticCard[] {
  const rnd = random(n);
  return Array.from({ length: n }, (_, i) => {
    const links = new Set<string>();
    while (links.size < Math.min(linksPerCard, n - 1)) {
      const j = rnd() < 0.8 ? (i + 1 + Math.floor(rnd() * 20)) % n : Math.floor(rnd() * n);
      if (j !== i) links.add(idOf(j));
    }
    return { id: idOf(i), links: [...links], related: [] };
  });
}

/**
 * A copy of `content/` with synthetic cards added until it holds `total` cards, so every real collection still
 * validates; returns the folder.
 */
export async function writeSyntheticContent(root: string, total: number, dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(root, 'content'), dir, { recursive: true });
  const real = (await readdir(path.join(dir, 'cards'))).filter((f) => f.endsWith('.mdx')).length;
  const source = (parse(await readFile(path.join(dir, 'sources.yaml'), 'utf8')) as { id: string }[])[0].id;
  const cards = syntheticCards(Math.max(total - real, 0));
  await Promise.all(
    cards.map((c, i) =>
      writeFile(
        path.join(dir, 'cards', `${c.id}.mdx`),
        [
          '---',
          `title: Synthetic card ${i}`,
          `kind: ${CARD_KINDS[i % CARD_KINDS.length]}`,
          'reviewed: 2026-12-02',
          'summary: A generated card that exists only to measure the graph page.',
          `tags: [bench, group-${i % 12}]`,
          `sources: [${source}]`,
          '---',
          '',
          `This card links to ${c.links.map((l) => `[[${l}]]`).join(', ')}.`,
          '',
        ].join('\n'),
      ),
    ),
  );
  return dir;
}
