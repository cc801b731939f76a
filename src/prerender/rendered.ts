/** What rendering one page returns: shared by the server entry that renders and the step that writes the pages. */
import type { StartMode } from '../lib/start-mode';
import type { PageHead } from '../ui/page-head';

/**
 * `modules`: the source files of the page's route modules, whose chunks the static page preloads; `start`: when
 * the page's app starts, as the deepest matched route that says so in its `handle` asks (src/lib/start-mode.ts).
 */
export type Rendered = { html: string; status: number; head: PageHead; modules: string[]; start: StartMode; error?: unknown };
