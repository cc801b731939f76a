/**
 * 300 odd URLs for the robustness walk, generated deterministically from the site's own pages (its sitemap):
 * unknown ids, odd characters, percent-encodings, very long paths and bad query parameters for every page.
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

export function oddUrls(pages: string[], count = 300): string[] {
  const rnd = random(42);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const urls = new Set<string>();
  // A path starting with "//" would name another host; those are not this site's URLs.
  const add = (u: string) => urls.size < count && urls.add(u.replace(/^\/{2,}/, '/'));
  const under = (page: string, seg: string) => `${page.replace(/\/$/, '')}/${seg}`;
  const dynamicParents = [...new Set(pages.map((p) => p.replace(/\/[^/]+$/, '') || '/'))].filter((p) => p !== '/');

  // Bad queries on every page, so every route that reads parameters meets them.
  for (const page of pages) for (let i = 0; i < 3; i++) add(`${page}?${pick(BAD_QUERIES)}`);
  // Unknown ids and odd characters under every parent of a dynamic route, and at the root.
  for (const seg of ODD_SEGMENTS) {
    add(`/${seg}`);
    for (const parent of dynamicParents) add(under(parent, seg));
  }
  // Typos of real ids, extra segments, doubled slashes, case changes, percent-encoded real paths.
  for (const page of pages) {
    if (page === '/') continue;
    add(page.slice(0, -1));
    add(`${page}x`);
    add(`${page}/extra/segments`);
    add(page.replace(/(.)\//g, '$1//'));
    add(page.toUpperCase());
    add(page.replace(/[a-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`));
  }
  // Very long paths and queries (kept below common server header limits).
  for (const n of [200, 1000, 3000, 6000]) add(`/cards/${'a'.repeat(n)}`);
  add(`/${'deep/'.repeat(400)}end`);
  add(`/cards?kind=${'principle'.repeat(300)}`);
  // Random combinations fill the rest.
  while (urls.size < count) add(`${under(pick(pages), pick(ODD_SEGMENTS))}?${pick(BAD_QUERIES)}#${pick(ODD_SEGMENTS)}`);
  return [...urls];
}
