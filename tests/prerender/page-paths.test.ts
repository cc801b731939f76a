import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { dynamicPages } from '../../src/app/static-pages';
import { pagePaths, routePatterns } from '../../src/prerender/page-paths';

const Nothing = () => null;
const table: RouteObject[] = [
  {
    path: '/',
    Component: Nothing,
    children: [
      {
        children: [
          { index: true, Component: Nothing },
          { path: 'cards', Component: Nothing },
          { path: 'cards/:id', Component: Nothing },
          { path: 'present/:deck/:slide', Component: Nothing },
          { path: '*', Component: Nothing },
        ],
      },
    ],
  },
];

describe('pages to prerender', () => {
  it('derives every page route from the route table, without the catch-all', () => {
    expect(routePatterns(table)).toEqual(['/', '/cards', '/cards/:id', '/present/:deck/:slide']);
  });

  it('fills parameters from the registry: a string for one parameter, an object for several', () => {
    const paths = pagePaths(table, {
      '/cards/:id': () => ['a', 'b'],
      '/present/:deck/:slide': () => [{ deck: 'intro', slide: '1' }],
    });
    expect(paths).toEqual(['/', '/cards', '/cards/a', '/cards/b', '/present/intro/1']);
  });

  it('fails naming the route and the registry when a route with parameters has no entry', () => {
    expect(() => pagePaths(table, { '/cards/:id': () => [] })).toThrow(
      /"\/present\/:deck\/:slide" has parameters but no entry in src\/app\/static-pages\.ts/,
    );
  });

  it('covers the real route table: every card has a page', () => {
    const paths = pagePaths(routes, dynamicPages);
    expect(paths).toContain('/');
    expect(paths).toContain('/cards');
    expect(paths).toContain('/cards/open-dialogue');
    expect(paths.every((p) => !p.includes(':') && !p.includes('*'))).toBe(true);
  });
});
