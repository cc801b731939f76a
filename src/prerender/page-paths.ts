/** The list of pages to prerender, derived from the route table and the registry of parameter values. */
import { generatePath, type RouteObject } from 'react-router';

export type DynamicPages = Record<string, () => (string | Record<string, string>)[]>;

const join = (parent: string, child: string) => `${parent.replace(/\/$/, '')}/${child.replace(/^\//, '')}`;

/** Full paths of every page route (leaves and index routes), e.g. `/`, `/cards`, `/cards/:id`; not `*`. */
export function routePatterns(routes: readonly RouteObject[], parent = ''): string[] {
  const out: string[] = [];
  for (const route of routes) {
    const here = route.path === undefined ? parent || '/' : join(parent, route.path);
    if (route.children?.length) out.push(...routePatterns(route.children, here));
    else if ((route.index || route.path !== undefined) && !here.includes('*')) out.push(here);
  }
  return [...new Set(out)];
}

/** Every concrete page path; throws, naming the route, when a route with parameters has no registry entry. */
export function pagePaths(routes: readonly RouteObject[], dynamic: DynamicPages): string[] {
  const out: string[] = [];
  for (const pattern of routePatterns(routes)) {
    if (!pattern.includes(':')) {
      out.push(pattern);
      continue;
    }
    const values = dynamic[pattern];
    if (!values) {
      throw new Error(
        `The route "${pattern}" has parameters but no entry in src/app/static-pages.ts, so its pages would not be ` +
          `prerendered. Add a line: '${pattern}': () => [/* parameter values */].`,
      );
    }
    const name = /:(\w+)/.exec(pattern)![1];
    for (const v of values()) out.push(generatePath(pattern, typeof v === 'string' ? { [name]: v } : v));
  }
  return [...new Set(out)];
}
