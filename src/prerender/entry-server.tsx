/**
 * Server entry, built by the prerender step (src/prerender/vite-plugin.ts) with `vite build --ssr`: renders one
 * URL to HTML with React Router's static handler, exactly as the browser's router will when it hydrates.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routeModuleSource, routes } from '../app/routes';
import { dynamicPages } from '../app/static-pages';
import { PageHeadContext, type PageHead } from '../ui/page-head';
import { pagePaths } from './page-paths';
import { BASENAME } from '../lib/basename';

export { SITE_NAME } from '../ui/usePageTitle';

/**
 * `modules`: the source files of the page's route modules, whose chunks the static page preloads; `startEarly`:
 * a matched route's `handle` asks for the app to start before the first paint (see src/boot.ts).
 */
export type Rendered = { html: string; status: number; head: PageHead; modules: string[]; startEarly: boolean; error?: unknown };

/** Every page to prerender, as paths inside the site (without the base path). */
export const pages = () => pagePaths(routes, dynamicPages);

const handler = createStaticHandler(routes, { basename: BASENAME || undefined });

/** Renders the page at `path` (inside the site); `origin` only completes the request URL. */
export async function render(path: string, origin = 'http://localhost'): Promise<Rendered> {
  const context = await handler.query(new Request(`${origin}${BASENAME}${path}`));
  if (context instanceof Response) throw new Error(`${path} redirects (status ${context.status}); prerendering needs a page`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const head: PageHead = {};
  // prerenderToNodeStream waits for every Suspense boundary, so the HTML is complete.
  const { prelude } = await prerenderToNodeStream(
    <PageHeadContext value={head}>
      <StrictMode>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </StrictMode>
    </PageHeadContext>,
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  const errors = Object.values(context.errors ?? {});
  const modules = context.matches.flatMap((m) => routeModuleSource(m.route.id) ?? []);
  const startEarly = context.matches.some((m) => (m.route.handle as { startEarly?: boolean } | undefined)?.startEarly === true);
  return { html, status: context.statusCode, head, modules, startEarly, error: errors[0] };
}
