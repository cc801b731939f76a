/** Route module for `/compare`: the explorer and its d3 submodules load only with this route. */
export { CompareExplorer as Component } from './CompareExplorer';
