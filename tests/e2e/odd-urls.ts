/**
 * Odd URLs for the robustness walk, generated deterministically from the site's own pages (its sitemap):
 * unknown ids, odd characters, percent-encodings, typos, very long paths and bad query parameters.
 */

/** Small seeded generator, so a failure names a URL that the next run tries again. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

const ODD_SEGMENTS = [
  'no-such-card', 'ä', 'Ünïcödé', '%F0%9F%98%80', '🙂', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '..%2F..%2Fetc%2Fpasswd',
  '%', '%E0%A4%A', '%25', '%00', 'a%20b', 'a b', '.', '..', '...', '~', "it's", '"quoted"', '<b>', '{}', '[x]',
  '%2F', '%5C', 'semi;colon', 'comma,comma', 'a+b', '@home', '$', '!!', '(paren)', '%C0%AF', 'UPPER-CASE', '-',
  '0', '00000', '-1', 'NaN', 'undefined', 'null', 'true', '__proto__', 'constructor', 'index.html', 'cards',
];

/** Query parameters features read (or might), each with values they must refuse gracefully. */
const BAD_QUERIES = [
  'kind=zzz', 'tag=%3Cscript%3E', 'kind=&tag=', 'kind=principle&kind=role', 'kind=PRINCIPLE', 'tag=%',
  'q=%E0%A4%A', 'q=' + 'x'.repeat(500), 'view=nonsense', 'country=xx', 'countries=uk,,zz', 'metric=-1',
  'year=99999', 'slide=-1', 'slide=1e9', 'step=NaN', 'focus=__proto__', 'depth=-5', 'a=1&b=2&c=3', 'x[]=1',
  'highlight=%00', 'sort=%27%3B--', 'page=0', 'from=&to=', '=', '&&&', '%%%', 'kind=%F0%9F%98%80', 'filter=%7B%7D',
];

/**
 * `count` odd URLs, an equal share of each kind (bad queries, unknown ids, typos of real addresses, very long
 * addresses, random mixtures), each kind spread over the whole site: filling the list kind by kind would spend it all
 * on the first kind (three bad queries for each of 148 pages were more than 300).
 */
export function oddUrls(pages: string[], count = 120): string[] {
  const rnd = random(42);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const shuffled = <T,>(list: T[]) => list.map((x) => [rnd(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  // A path starting with "//" would name another host; those are not this site's URLs.
  const clean = (u: string) => u.replace(/^\/{2,}/, '/');
  const under = (page: string, seg: string) => `${page.replace(/\/$/, '')}/${seg}`;
  const dynamicParents = [...new Set(pages.map((p) => p.replace(/\/[^/]+$/, '') || '/'))].filter((p) => p !== '/');
  const inner = pages.filter((p) => p !== '/');

  const kinds: string[][] = [
    // Bad queries on every page, so every route that reads parameters meets them.
    pages.flatMap((page) => BAD_QUERIES.map((q) => `${page}?${q}`)),
    // Unknown ids and odd characters under every parent of a dynamic route, and at the root.
    ODD_SEGMENTS.flatMap((seg) => [`/${seg}`, ...dynamicParents.map((parent) => under(parent, seg))]),
    // Typos of real ids, extra segments, doubled slashes, case changes, percent-encoded real paths.
    inner.flatMap((page) => [
      page.slice(0, -1),
      `${page}x`,
      `${page}/extra/segments`,
      page.replace(/(.)\//g, '$1//'),
      page.toUpperCase(),
      page.replace(/[a-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
    ]),
    // Random mixtures: an odd segment under a real page, a bad query and an odd fragment.
    Array.from({ length: count }, () => `${under(pick(pages), pick(ODD_SEGMENTS))}?${pick(BAD_QUERIES)}#${pick(ODD_SEGMENTS)}`),
  ].map(shuffled);
  // Very long paths and queries (kept below common server header limits): few, all of them.
  const long = [200, 1000, 3000, 6000].map((n) => `/cards/${'a'.repeat(n)}`);
  long.push(`/${'deep/'.repeat(400)}end`, `/cards?kind=${'principle'.repeat(300)}`);

  const urls = new Set<string>(long);
  for (let i = 0; urls.size < count && kinds.some((k) => i < k.length); i++) {
    for (const kind of kinds) if (i < kind.length && urls.size < count) urls.add(clean(kind[i]));
  }
  return [...urls];
}
