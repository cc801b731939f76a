import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { NOT_FOUND_PATH, paths } from '../lib/paths';
import { usePageTitle } from './usePageTitle';

/** The 404 page: says what was not found and offers ways on, never a blank page. */
export function NotFound({ title = 'Page not found', children }: { title?: string; children?: ReactNode }) {
  const { pathname } = useLocation();
  usePageTitle(title);
  return (
    <div className="not-found">
      <p className="eyebrow">Error 404</p>
      <h1>{title}</h1>
      {children ?? (
        <p>
          {/* 404.html is written once for every unknown address: without JavaScript it cannot name the one asked for. */}
          There is no page at {pathname === NOT_FOUND_PATH ? 'this address' : <code>{pathname}</code>}. It may have moved,
          or the link may have a typo.
        </p>
      )}
      <p>
        <Link to={paths.home()}>Go to the home page</Link> or <Link to={paths.cards()}>browse all cards</Link>.
      </p>
    </div>
  );
}

type Suggestion = { key: string; to: string; label: ReactNode; note?: ReactNode };

/** The closest matches to what was asked for, under "Did you mean"; nothing when there are none. */
export function DidYouMean({ items }: { items: readonly Suggestion[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h2>Did you mean</h2>
      <ul className="link-list">
        {items.map((s) => (
          <li key={s.key}>
            <Link to={s.to}>{s.label}</Link>
            {s.note}
          </li>
        ))}
      </ul>
    </>
  );
}
