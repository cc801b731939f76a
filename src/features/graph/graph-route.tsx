/** Route module for `/graph`: the only route that loads d3-zoom (the layout itself comes from the build). */
export { GraphPage as Component } from './GraphPage';
