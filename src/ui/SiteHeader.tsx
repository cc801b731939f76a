import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../lib/paths';
import { ThemeSwitch } from './ThemeSwitch';

export type NavItem = { to: string; label: string };

/**
 * Site header: the name (home link), the main sections, the theme switch, and actions the app puts there (search).
 * It stays at the top of the window as the page scrolls. On a wide screen the sections are a row; on a narrow one
 * (a phone, a tablet) they fold behind a Menu button, a <details>, so the menu opens without JavaScript too.
 * `current` is the section the page belongs to (the app decides: a card read as a step of a path is in Paths).
 */
export function SiteHeader({ nav, current, actions }: { nav: readonly NavItem[]; current?: string; actions?: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const { pathname, search } = useLocation();
  const shownAt = useRef(pathname + search);
  // A section chosen from the menu: the menu closes as the new page opens (not when the app starts: the reader may
  // just have opened it, and that tap is what started the app).
  useEffect(() => {
    if (shownAt.current === pathname + search) return;
    shownAt.current = pathname + search;
    if (menu.current) menu.current.open = false;
  }, [pathname, search]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape' || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to={paths.home()} className="site-name">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32" className="site-logo">
            <circle cx="12" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <circle cx="20" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
          </svg>
          <span>
            Open Dialogue <span className="site-name-rest">knowledge base</span>
          </span>
        </Link>
        {actions && <div className="site-actions">{actions}</div>}
        <details className="site-menu" ref={menu} onKeyDown={onKeyDown}>
          <summary className="site-menu-button">
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
              <path d="M4 6h16M4 12h16M4 18h16" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
            </svg>
            Menu
          </summary>
          <div className="site-menu-panel">
            <nav aria-label="Main">
              <ul className="site-nav">
                {nav.map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} aria-current={item.to === current ? 'page' : undefined}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <ThemeSwitch />
          </div>
        </details>
      </div>
    </header>
  );
}
