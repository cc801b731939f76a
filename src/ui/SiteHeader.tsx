import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { paths } from '../lib/paths';

export type NavItem = { to: string; label: string };

/** Site header: the name (home link), the main sections, and actions the app puts there (e.g. search). */
export function SiteHeader({ nav, actions }: { nav: readonly NavItem[]; actions?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to={paths.home()} className="site-name">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32" className="site-logo">
            <circle cx="12" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <circle cx="20" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
          </svg>
          <span>Open Dialogue knowledge base</span>
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {actions && <div className="site-actions">{actions}</div>}
      </div>
    </header>
  );
}
