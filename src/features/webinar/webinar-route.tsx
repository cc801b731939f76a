/** Route module for `/webinar`. */
export { WebinarPage as Component } from './WebinarPage';
