import { use, useDeferredValue, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import { SEARCH_LABEL, SEARCH_PLACEHOLDER, searchShellQuery, takeOverSearchShell } from '../../ui/search-shell';
import type { SearchHit } from './engine';
import { loadSearcher } from './load-search';
import { NoResults } from './NoResults';
import { SearchHitView } from './SearchHitView';
import { resultUrl } from './snippet';
import { EXAMPLE_QUERIES } from './examples';
import './search.css';

const LIMIT = 12;

/**
 * The search dialog: a modal `<dialog>` (focus stays inside; Escape closes it) with a combobox over a listbox
 * of results. Arrow keys move, Enter opens, and the launcher puts focus back where it was.
 */
export default function SearchDialog({ onClose }: { onClose: (restoreFocus: boolean) => void }) {
  const searcher = use(loadSearcher());
  const dialog = useRef<HTMLDialogElement>(null);
  // Leaving for a result: focus then belongs to the new page, not to where search was opened.
  const leaving = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  // What the reader typed in the shell while this loaded (ui/search-shell.ts).
  const [query, setQuery] = useState(() => searchShellQuery() ?? '');
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const navigate = useNavigate();
  const listId = useId();
  const inputId = useId();

  // In the frame the dialog appears, it replaces the shell: the text, the caret and focus carry over.
  useLayoutEffect(() => {
    const handover = takeOverSearchShell();
    if (handover === 'dismissed') return onClose(false); // closed before this arrived (focus is back already)
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    if (!handover || !input.current) return;
    if (handover.query !== input.current.value) setQuery(handover.query);
    input.current.value = handover.query;
    input.current.focus();
    input.current.setSelectionRange(...handover.selection);
    // Once, as the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const hits: SearchHit[] = searcher.search(deferred, LIMIT);
  const current = Math.min(active, hits.length - 1);
  const optionId = (i: number) => `${listId}-${i}`;

  // Keep the chosen result in view as the arrow keys move past the bottom of the list.
  useEffect(() => {
    if (current >= 0) document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  const go = (url: string) => {
    leaving.current = true;
    dialog.current?.close();
    navigate(url);
  };
  const change = (text: string) => {
    setQuery(text);
    setActive(0);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      // A search field would spend the first Escape clearing itself: close at once instead.
      e.preventDefault();
      dialog.current?.close();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((current + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (hits[current]) go(resultUrl(hits[current]));
      else if (query.trim()) go(paths.search(query));
    }
  };

  return (
    <dialog ref={dialog} className="search-dialog" aria-label="Search" onClose={() => onClose(!leaving.current)}>
      <div className="search-box">
        <label htmlFor={inputId} className="visually-hidden">
          {SEARCH_LABEL}
        </label>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" className="search-icon">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? optionId(current) : undefined}
          ref={input}
          placeholder={SEARCH_PLACEHOLDER}
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          value={query}
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search-close" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> search</span>
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {deferred.trim() ? `${hits.length === LIMIT ? `${LIMIT} or more` : hits.length} results` : ''}
      </p>
      <ul id={listId} role="listbox" aria-label="Results" className="search-results" hidden={hits.length === 0}>
        {hits.map((hit, i) => (
          <li
            key={hit.doc.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="search-hit"
            onClick={() => go(resultUrl(hit))}
            onMouseMove={() => i !== current && setActive(i)}
          >
            <SearchHitView hit={hit} />
          </li>
        ))}
      </ul>
      <div className="search-dialog-foot">
        {!deferred.trim() ? (
          <div className="search-hint">
            <p>Search titles, summaries, full text, names and translations. Typos are forgiven.</p>
            <p>
              Try{' '}
              {EXAMPLE_QUERIES.map((q, i) => (
                <span key={q}>
                  {i > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => change(q)}>
                    {q}
                  </button>
                </span>
              ))}
              .
            </p>
          </div>
        ) : hits.length === 0 ? (
          <NoResults query={deferred} suggestions={searcher.suggest(deferred)} onSuggest={change} onLeave={() => ((leaving.current = true), dialog.current?.close())} />
        ) : (
          <p className="search-keys">
            <Link to={paths.search(deferred)} onClick={() => ((leaving.current = true), dialog.current?.close())}>
              All results on the search page
            </Link>
            <span aria-hidden="true" className="key-hints">
              <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close
            </span>
          </p>
        )}
      </div>
    </dialog>
  );
}
