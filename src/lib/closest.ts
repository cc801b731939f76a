/** Edit distance between two strings (Levenshtein), used to suggest what a reader or an author meant. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length];
}

/**
 * The candidates closest to `wanted`, best first. A candidate that contains the wanted text (or is contained
 * in it) counts as close, so "dialogue" suggests "open-dialogue".
 */
export function closest(wanted: string, candidates: readonly string[], limit = 3): string[] {
  const w = wanted.toLowerCase();
  return candidates
    .map((c) => {
      const lc = c.toLowerCase();
      const contains = w.length >= 3 && (lc.includes(w) || w.includes(lc));
      const distance = contains ? 0.3 : editDistance(w, lc) / Math.max(w.length, lc.length, 1);
      return { c, distance };
    })
    .filter(({ distance }) => distance <= 0.45)
    .sort((x, y) => x.distance - y.distance || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map(({ c }) => c);
}
