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
