/**
 * The site's absolute address, for what leaves the screen: a slide's address read out in a room, a QR code, a
 * printed handout. The origin is the build's SITE_URL (src/prerender/site.ts, given to the code by vite.config.ts),
 * not the address the page happens to be open at: a trainer's laptop may show the deck from localhost or offline.
 */
import { BASENAME } from './basename';

declare const __SITE_ORIGIN__: string;

export const SITE_ORIGIN: string = __SITE_ORIGIN__;

/** "/cards/x" -> "https://kb.example.org/od/cards/x". */
export const absoluteUrl = (path: string) => `${SITE_ORIGIN}${BASENAME}${path.startsWith('/') ? path : `/${path}`}`;

