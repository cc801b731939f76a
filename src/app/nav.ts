import type { NavItem } from '../ui/SiteHeader';
import { paths } from '../lib/paths';

/** The header's sections. A feature's page is listed here once it exists: no dead links. */
export const mainNav: readonly NavItem[] = [
  { to: paths.cards(), label: 'Cards' },
  { to: paths.decks(), label: 'Decks' },
  { to: paths.guidedPaths(), label: 'Paths' },
  { to: paths.glossary(), label: 'Glossary' },
  { to: paths.webinar(), label: 'Webinar' },
  { to: paths.graph(), label: 'Graph' },
  { to: paths.compare(), label: 'Compare' },
];

/**
 * The section a page belongs to, for the header to mark: the section whose address is the page's or a parent of it;
 * a card read as a step of a guided path (`/cards/<id>?path=…`) belongs to Paths, not Cards.
 */
export function currentSection(pathname: string, search: string): string | undefined {
  if (pathname.startsWith(`${paths.cards()}/`) && new URLSearchParams(search).has('path')) return paths.guidedPaths();
  return mainNav.find((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))?.to;
}
