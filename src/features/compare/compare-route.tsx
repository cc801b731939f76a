/**
 * Route module for `/compare`: the explorer and its d3 submodules load only with this route. Its default view is
 * complete as HTML (chart, table, sources), so like a reading page its app starts on the first interaction; its
 * controls are buttons and checkboxes, whose clicks before then are replayed (src/lib/first-input.ts).
 */
export { CompareExplorer as Component } from './CompareExplorer';
