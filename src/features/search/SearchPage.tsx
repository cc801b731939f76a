import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../lib/paths';
import { usePageTitle } from '../../ui/usePageTitle';
import { MAX_QUERY_CHARS } from './engine';
import { EXAMPLE_QUERIES } from './examples';
import { loadedSearcher } from './load-search';
import { NoResults } from './NoResults';
import { SearchHitView } from './SearchHitView';
import { resultUrl } from './snippet';
import './search.css';

const LIMIT = 50;

/** `/search?q=…`: the same search as the dialog, on a page whose URL can be shared and bookmarked. */
export function SearchPage() {
  const searcher = loadedSearcher()!; // the route's loader waited for it
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  // The field keeps what is typed; the URL follows it (and a changed URL, e.g. Back, resets the field).
  const [text, setText] = useState(query);
  const [shown, setShown] = useState(query);
  if (query !== shown) {
    setShown(query);
    setText(query);
  }
  const inputId = useId();
  const hits = searcher.search(query, LIMIT);
  const tooLong = query.length > MAX_QUERY_CHARS;
  usePageTitle(query.trim() ? `“${query.slice(0, 60)}” — Search` : 'Search');

  const update = (value: string) => {
    setText(value);
    setShown(value);
    setParams(value.trim() ? { q: value } : {}, { replace: true, preventScrollReset: true });
  };

  return (
    <div className="search-page">
      <h1>Search</h1>
      <form role="search" action={paths.search()} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>Search titles, summaries, full text, names and translations</label>
        <input id={inputId} name="q" type="search" value={text} autoComplete="off" spellCheck={false} onChange={(e) => update(e.target.value)} />
      </form>
      {tooLong && (
        <p className="notice">This search is very long: only its first {MAX_QUERY_CHARS} characters are used.</p>
      )}
      <p role="status" className="result-count">
        {!query.trim() ? '' : hits.length === 0 ? 'No results' : `${hits.length === LIMIT ? `The first ${LIMIT}` : hits.length} result${hits.length === 1 ? '' : 's'}`}
      </p>
      {!query.trim() ? (
        <p>
          Type a word, a name or a phrase; typos are forgiven. Try{' '}
          {EXAMPLE_QUERIES.map((q, i) => (
            <span key={q}>
              {i > 0 && ', '}
              <Link to={paths.search(q)}>{q}</Link>
            </span>
          ))}
          .
        </p>
      ) : hits.length === 0 ? (
        <NoResults query={query} suggestions={searcher.suggest(query)} />
      ) : (
        <ol className="search-page-results" aria-label="Results">
          {hits.map((hit) => (
            <li key={hit.doc.id} className="search-hit">
              <Link to={resultUrl(hit)} className="search-hit-link">
                <SearchHitView hit={hit} />
              </Link>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
