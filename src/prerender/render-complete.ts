/**
 * Renders a React tree to its complete HTML. `renderToString` is faster than the streaming
 * `prerenderToNodeStream` on our pages (tests/bench/README.md), but it gives up on anything that
 * suspends: it sends a Suspense boundary's fallback, or throws when no boundary is there. Such a page is rendered
 * again with `prerenderToNodeStream`, which waits for every boundary, so the static page always has the final text.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';

/** React's mark of a boundary left for the browser to render (its fallback was sent instead). */
const CLIENT_RENDERED_BOUNDARY = '<!--$!-->';

async function renderWaiting(tree: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(tree);
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

/** `tree` is called for each attempt, because rendering may write into the tree's props (a page's head). */
export async function renderComplete(tree: () => ReactNode): Promise<string> {
  let html: string;
  try {
    html = renderToString(tree());
  } catch {
    // Suspended outside any boundary, or a real error, which the waiting render reports again.
    return renderWaiting(tree());
  }
  return html.includes(CLIENT_RENDERED_BOUNDARY) ? renderWaiting(tree()) : html;
}
