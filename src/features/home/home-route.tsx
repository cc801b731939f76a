/** Route module for `/`. */
export { HomePage as Component } from './HomePage';
