/**
 * The site's absolute address, from SITE_URL at build time (vite.config.ts; src/prerender/site.ts), for what a
 * reader takes out of the page, such as a card's citation.
 */
declare global {
  interface ImportMetaEnv {
    readonly SITE_ROOT: string;
  }
}

/** Absolute URL of a path inside the site ("/cards/x" -> "https://example.org/od/cards/x"). */
export function siteUrl(path: string): string {
  return import.meta.env.SITE_ROOT + path.replace(/^\//, '');
}
