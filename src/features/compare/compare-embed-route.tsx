/** Route module for `/embed/compare`: the explorer's chart without site chrome, framed by deck slides. */
import { CompareExplorer } from './CompareExplorer';

export function Component() {
  // The framed page is a document of its own: its content still sits in a main landmark.
  return (
    <main id="main" className="embed-main">
      <CompareExplorer embed />
    </main>
  );
}
