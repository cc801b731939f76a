/** Route module for `/cards`. */
export { CardsListPage as Component } from './CardsListPage';
