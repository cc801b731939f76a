/** Route module for `/graph`: the only route that loads d3-zoom (the layout itself comes from the build). */
export { GraphPage as Component } from './GraphPage';

/**
 * The graph is a tool more than a text: its static picture cannot be panned, filtered or searched. So its app
 * starts as soon as the page is parsed, not after the first paint, and hydrates in one go rather than in slices
 * (see src/boot.ts): on a 1,000-card graph that is interactive about a quarter sooner.
 */
export const handle = { startEarly: true };
