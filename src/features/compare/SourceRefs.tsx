import { Link } from 'react-router';
import type { Source } from '../../content/schema';

/**
 * "Razzaque & Stockmann 2016": a short name for a source in cells, tables and image footers. `full` keeps a page's
 * whole title (an exported slide or printout names every source in full, never cut).
 */
export function shortCitation(s: Source, full = false): string {
  const names = s.authors.map((a) => a.replace(/\s+[A-Z][a-z]?\.(\s*[A-Z]\.)*$/, '').replace(/\s*\(.*\)$/, ''));
  const who = names.length === 0 ? s.venue ?? s.title : names.length <= 2 ? names.join(' & ') : `${names[0]} et al.`;
  if (s.year) return who.endsWith(String(s.year)) ? who : `${who} ${s.year}`;
  // Several pages of one organisation: add the title so each reference is distinct.
  const title = !full && s.title.length > 48 ? `${s.title.slice(0, 45).trimEnd()}…` : s.title;
  return names.length ? `${who}: ${title}` : who;
}

/** Source ids as links to their full citation in the Sources view. */
export function SourceRefs({ ids, sourceOf, hrefOf }: { ids: readonly string[]; sourceOf: (id: string) => Source | undefined; hrefOf: (id: string) => string }) {
  return (
    <ul className="source-refs">
      {ids.map((id) => {
        const s = sourceOf(id);
        return (
          <li key={id}>
            <Link to={hrefOf(id)}>{s ? shortCitation(s) : id}</Link>
          </li>
        );
      })}
    </ul>
  );
}
