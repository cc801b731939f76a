/** Where the site will live, from the build's environment: `SITE_URL` (and optionally `BASE_PATH`). */

export type Site = {
  /** e.g. https://kb.example.org */
  origin: string;
  /** Vite's base: "/" or "/sub/path/". */
  base: string;
  /** False when SITE_URL was not given and the preview address stands in. */
  explicit: boolean;
};

export const DEFAULT_SITE_URL = 'http://localhost:4173/';

/**
 * `SITE_URL=https://example.org/od-kb` puts the site under /od-kb/ with absolute canonical links there;
 * `BASE_PATH` overrides the path alone (e.g. for a sub-path preview).
 */
export function siteFromEnv(env: Record<string, string | undefined>): Site {
  let url: URL;
  try {
    url = new URL(env.SITE_URL || DEFAULT_SITE_URL);
  } catch {
    throw new Error(`SITE_URL "${env.SITE_URL}" is not an absolute URL (for example https://kb.example.org/od)`);
  }
  const path = env.BASE_PATH ?? url.pathname;
  const base = `/${path.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return { origin: url.origin, base, explicit: Boolean(env.SITE_URL) };
}

/** Absolute URL of a path inside the site ("/cards/x" -> "https://example.org/od/cards/x"). */
export function absoluteUrl(site: Site, path: string): string {
  return site.origin + site.base + path.replace(/^\//, '');
}
