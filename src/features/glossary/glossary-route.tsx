/** Route module for `/glossary`. */
export { GlossaryPage as Component } from './GlossaryPage';
