import type { Source } from '../content/schema';

/** Works published by an organisation rather than in a journal or book: without named authors, it is their author. */
const ORGANISATION_WORKS = new Set<Source['type']>(['web-page', 'event', 'report', 'trial-registry']);

/**
 * Who a citation names first, as APA does: the authors; for a page or report without named authors, the organisation
 * behind it (its venue), which is then not repeated after the title. Otherwise none, and the title leads.
 */
export function citationAuthor(source: Pick<Source, 'authors' | 'venue' | 'type'>): { author?: string; venue?: string } {
  if (source.authors.length > 0) return { author: source.authors.join(', '), venue: source.venue };
  if (source.venue && ORGANISATION_WORKS.has(source.type)) return { author: source.venue };
  return { venue: source.venue };
}

/** The full stop after a title, unless it already ends with its own punctuation. */
const stop = (text: string) => (/[.?!]$/.test(text) ? '' : '.');

/** A full citation: authors (year). Title. Venue. DOI or link, or where to find it. What was read. */
export function Citation({ source }: { source: Source }) {
  const { year, title, doi, url, accessed, note, locate } = source;
  const { author, venue } = citationAuthor(source);
  const href = doi ? `https://doi.org/${doi}` : url;
  const date = `(${year ?? 'n.d.'})`;
  return (
    <span className="citation">
      {author ? (
        <>
          {author.replace(/\.$/, '')}. {date}. <cite>{title}</cite>{stop(title)}
        </>
      ) : (
        <>
          <cite>{title}</cite>{stop(title)} {date}.
        </>
      )}
      {venue && <> {venue}.</>}
      {href && (
        <>
          {' '}
          <a href={href} rel="noreferrer" className="citation-link">
            {doi ? `doi:${doi}` : url}
          </a>
        </>
      )}
      {locate && <> {locate.replace(/\.?$/, '.')}</>}
      {accessed && <> Read {accessed}.</>}
      {note && <span className="citation-note"> ({note})</span>}
    </span>
  );
}
