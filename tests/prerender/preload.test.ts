import { describe, expect, it } from 'vitest';
import { matchRoutes, type RouteObject } from 'react-router';
import { routeModuleSource, routes } from '../../src/app/routes';
import { chunksToPreload, preloadList, type Manifest } from '../../src/prerender/preload';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_runtime.js'] },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_router.js': { file: 'assets/router.js', imports: ['_runtime.js'] },
  '_cards.js': { file: 'assets/cards.js', imports: ['_router.js'] },
  'src/main.tsx': { file: 'assets/main.js', imports: ['_router.js', 'index.html'] },
  'src/features/cards/card-route.tsx': { file: 'assets/card-route.js', imports: ['_cards.js', 'src/main.tsx'] },
  'src/features/graph/graph-route.tsx': { file: 'assets/graph-route.js', imports: ['_cards.js'] },
};

describe('chunks a prerendered page preloads', () => {
  it('lists the app start and the route modules with their static imports, each once, dependencies first', () => {
    expect(chunksToPreload(manifest, ['src/features/cards/card-route.tsx'])).toEqual([
      'assets/router.js',
      'assets/main.js',
      'assets/cards.js',
      'assets/card-route.js',
    ]);
  });

  it('leaves out the entry and what it imports (the template loads those already)', () => {
    const files = chunksToPreload(manifest, ['src/features/graph/graph-route.tsx']);
    expect(files).not.toContain('assets/index.js');
    expect(files).not.toContain('assets/runtime.js');
  });

  it('names a route module missing from the manifest', () => {
    expect(() => chunksToPreload(manifest, ['src/features/nope/nope-route.tsx'])).toThrow(/nope-route\.tsx is not in the build manifest/);
  });

  it('gives the addresses under the base path', () => {
    expect(preloadList(['assets/a.js', 'assets/b.js'], '/kb/')).toBe('/kb/assets/a.js /kb/assets/b.js');
  });
});

describe('route modules', () => {
  it('names the module of every route a page matches, from the route table', () => {
    const sources = (path: string) => (matchRoutes(routes as RouteObject[], path) ?? []).flatMap((m) => routeModuleSource(m.route.id ?? '') ?? []);
    expect(sources('/cards/open-dialogue')).toEqual(['src/features/paths/path-trail-route.tsx', 'src/features/cards/card-route.tsx']);
    expect(sources('/graph')).toEqual(['src/features/graph/graph-route.tsx']);
    expect(sources('/no-such-page')).toEqual([]);
  });
});
