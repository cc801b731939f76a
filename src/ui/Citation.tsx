import type { Source } from '../content/schema';

/** A full citation: authors (year). Title. Venue. DOI or link. What was read. */
export function Citation({ source }: { source: Source }) {
  const { authors, year, title, venue, doi, url, accessed, note } = source;
  const href = doi ? `https://doi.org/${doi}` : url;
  return (
    <span className="citation">
      {authors.length > 0 && <>{authors.join(', ')} </>}
      {year !== undefined ? `(${year}). ` : '(n.d.). '}
      <cite>{title}</cite>.{venue && <> {venue}.</>}
      {href && (
        <>
          {' '}
          <a href={href} rel="noreferrer" className="citation-link">
            {doi ? `doi:${doi}` : url}
          </a>
        </>
      )}
      {accessed && <> Read {accessed}.</>}
      {note && <span className="citation-note"> ({note})</span>}
    </span>
  );
}
