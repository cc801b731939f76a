/**
 * Server entry, built by the prerender step (src/prerender/vite-plugin.ts) with `vite build --ssr`: renders one
 * URL to HTML with React Router's static handler, exactly as the browser's router will when it hydrates.
 */
import { StrictMode } from 'react';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routeModuleSource, routes } from '../app/routes';
import { dynamicPages, unlistedPages } from '../app/static-pages';
import { PageHeadContext, type PageHead } from '../ui/page-head';
import { pagePaths } from './page-paths';
import { renderComplete } from './render-complete';
import { BASENAME } from '../lib/basename';
import { DEFAULT_START, type RouteHandle } from '../lib/start-mode';
import { SITE_NAME } from '../ui/usePageTitle';
import type { Rendered } from './rendered';
import { writePages, type PagesJob } from './write-pages';

/** The pages the sitemap lists, as paths inside the site (without the base path). */
export const listedPages = () => {
  const unlisted = new Set(unlistedPages());
  return pagePaths(routes, dynamicPages).filter((p) => !unlisted.has(p));
};
/** Every page to prerender: the listed ones and the unlisted ones (each slide of a deck). */
export const pages = () => [...new Set([...listedPages(), ...unlistedPages()])];

const handler = createStaticHandler(routes, { basename: BASENAME || undefined });

/** Renders the page at `path` (inside the site); `origin` only completes the request URL. */
export async function render(path: string, origin = 'http://localhost'): Promise<Rendered> {
  const context = await handler.query(new Request(`${origin}${BASENAME}${path}`));
  if (context instanceof Response) throw new Error(`${path} redirects (status ${context.status}); prerendering needs a page`);
  const router = createStaticRouter(handler.dataRoutes, context);
  let head: PageHead = {};
  const html = await renderComplete(() => {
    head = {};
    return (
      <PageHeadContext value={head}>
        <StrictMode>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </StrictMode>
      </PageHeadContext>
    );
  });
  const errors = Object.values(context.errors ?? {});
  const modules = context.matches.flatMap((m) => routeModuleSource(m.route.id) ?? []);
  const asked = context.matches.map((m) => (m.route.handle as RouteHandle | undefined)?.start).filter((s) => s !== undefined);
  return { html, status: context.statusCode, head, modules, start: asked.at(-1) ?? DEFAULT_START, error: errors[0] };
}

/** Writes one share of the pages into the built site: what each of the prerender step's worker threads runs. */
export const writeShare = (job: PagesJob) => writePages({ SITE_NAME, pages, listedPages, render }, job);
