import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { importWithRetry } from '../../lib/load-retry';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { isSearchShortcut } from '../../lib/search-shortcut';
import { openSearchShell, searchShellOpen, searchShellReturnTo } from '../../ui/search-shell';
import { LoadFailed } from './LoadFailed';
import { loadSearcher } from './load-search';
import './search-trigger.css';

/**
 * The dialog's code, fetched again when it fails to arrive. React keeps a lazy component's failure for good, so
 * "Try again" makes a new one.
 */
const lazyDialog = () => lazy(() => importWithRetry(() => import('./SearchDialog'), 'Search'));

/**
 * The header's search: a link to /search (which works without JavaScript) that opens the search dialog, also
 * with Ctrl+K, Cmd+K or `/`. The dialog's code, fuse.js and the index load on first use (or on hover/focus); meanwhile
 * its light shell (ui/search-shell.ts) is open and takes what the reader types. A shell opened before the app ran
 * (src/boot.ts) is taken over as the app starts.
 */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const [SearchDialog, setSearchDialog] = useState(lazyDialog);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (searchShellOpen()) {
      returnTo.current = searchShellReturnTo();
      setOpen(true);
    }
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      openSearchShell();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) returnTo.current?.focus();
  };
  const preload = () => void loadSearcher().catch(() => undefined);

  return (
    <>
      <Link
        to={paths.search()}
        data-search-trigger=""
        className="search-trigger"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={(e) => {
          // A modified click still opens the search page in a new tab.
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          returnTo.current = e.currentTarget;
          openSearchShell();
          setOpen(true);
        }}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        <span>Search</span>
        <kbd aria-hidden="true">/</kbd>
      </Link>
      {open && (
        <LoadFailed onClose={() => close(true)} onRetry={() => setSearchDialog(lazyDialog)}>
          {/* While the dialog's code and the index load, the shell is open: nothing else to show. */}
          <Suspense fallback={null}>
            <SearchDialog onClose={close} />
          </Suspense>
        </LoadFailed>
      )}
    </>
  );
}
