/** The router's basename, from Vite's base (`BASE_PATH` at build time): "" at a domain root, else "/sub/path". */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/+$/, '');
