/** Route module for `/paths`. */
export { PathsListPage as Component } from './PathsListPage';
