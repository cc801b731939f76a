/** Route module for `/decks`. */
export { DecksPage as Component } from './DecksPage';
