/** Route module for `/embed/compare`: the explorer's chart without site chrome, framed by deck slides. */
import type { RouteHandle } from '../../lib/start-mode';
import { CompareExplorer } from './CompareExplorer';

/** A tool, like the explorer's own page: its app starts once the page has painted. */
export const handle: RouteHandle = { start: 'after-paint' };

export function Component() {
  // The framed page is a document of its own: its content still sits in a main landmark.
  return (
    <main id="main" className="embed-main">
      <CompareExplorer embed />
    </main>
  );
}
