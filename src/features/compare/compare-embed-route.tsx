/** Route module for `/embed/compare`: the explorer's chart without site chrome, framed by deck slides. */
import { CompareExplorer } from './CompareExplorer';

export function Component() {
  return <CompareExplorer embed />;
}
