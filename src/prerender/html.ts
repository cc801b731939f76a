/** Pure helpers of the prerender step: the static head of a page, and the page's HTML from the built template. */
import { DEFAULT_START, type StartMode } from '../lib/start-mode.ts';

export const SITE_DESCRIPTION =
  'A knowledge base on Open Dialogue, Peer-supported Open Dialogue and the CARe model: linked, sourced concept cards.';

/**
 * Scripts and styles from the site itself only. Nothing inline is allowed: hydration data is not embedded (the
 * browser's router recomputes it), so no hash or nonce is needed. `frame-ancestors` cannot be set by a meta tag.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:", // blob: for the explorer's PNG export, drawn from an SVG blob
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export type PageInfo = {
  /** Full title as in the tab ("Card — Site"). */
  title: string;
  description: string;
  /** Absolute URL of the page; undefined for pages that must not be indexed (404). */
  url?: string;
  /** Absolute URL of the social preview image. */
  image: string;
  imageAlt: string;
  siteName: string;
  type: 'website' | 'article';
};

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `<title>` and every meta/link tag a page needs for search engines and link previews. */
export function headTags(p: PageInfo): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(p.title)}</title>`,
    meta('name', 'description', p.description),
    p.url ? `<link rel="canonical" href="${escapeHtml(p.url)}" />` : meta('name', 'robots', 'noindex'),
    meta('property', 'og:type', p.type),
    meta('property', 'og:site_name', p.siteName),
    meta('property', 'og:title', p.title),
    meta('property', 'og:description', p.description),
    ...(p.url ? [meta('property', 'og:url', p.url)] : []),
    meta('property', 'og:image', p.image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', p.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', p.title),
    meta('name', 'twitter:description', p.description),
    meta('name', 'twitter:image', p.image),
    meta('name', 'twitter:image:alt', p.imageAlt),
  ].join('\n    ');
}

/** The first lead paragraph of rendered HTML as plain text: the description of a page that gives none. */
export function leadText(html: string): string | undefined {
  const m = /<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  if (!m) return undefined;
  const text = m[1]
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/<!-- -->/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/**
 * The app's scripts download at low priority: a prerendered page is complete without them, so its stylesheet
 * and images come first on a slow connection (and Lighthouse does not count the scripts as render-blocking).
 */
export function lowPriorityScripts(html: string): string {
  return html.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"');
}

/**
 * Puts a rendered page into the built index.html: replaces its title and description with the page's head,
 * adds the CSP, and fills the root element, marking which path the HTML was rendered for (the browser
 * hydrates only when it is showing that path), which chunks it preloads (`preload`, see preload.ts) and whether
 * when the app starts (`start`, written as `data-start` unless it is the default; see src/lib/start-mode.ts).
 */
export function fillTemplate(
  template: string,
  page: { head: string; body: string; path: string; preload?: string; start?: StartMode },
): string {
  const rootData = (page.preload ? ` data-preload="${escapeHtml(page.preload)}"` : '') + (page.start && page.start !== DEFAULT_START ? ` data-start="${page.start}"` : '');
  // Replaced by functions: a replacement string would read "$&", "$'" or "$$" in a page's text as patterns.
  const out = sharedPart(template)
    .replace('</head>', () => `  ${page.head}\n  </head>`)
    .replace(/<div id="root"><\/div>/, () => `<div id="root" data-prerendered="${escapeHtml(page.path)}"${rootData}>${page.body}</div>`);
  if (!out.includes('data-prerendered=')) throw new Error('index.html has no empty <div id="root"></div> to fill');
  return out;
}

let shared: { template: string; html: string } | undefined;

/** What every page changes in the template alike, done once per template (the prerender step fills it 1,000 times). */
function sharedPart(template: string): string {
  if (shared?.template !== template) {
    const html = lowPriorityScripts(template)
      .replace(/<title>[\s\S]*?<\/title>\s*/, '')
      .replace(/<meta name="description"[^>]*>\s*/, '')
      .replace(/<meta charset="UTF-8" \/>/i, `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    shared = { template, html };
  }
  return shared.html;
}

/** sitemap.xml for absolute page URLs. */
export function sitemap(urls: string[]): string {
  const items = urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</urlset>\n`;
}

export function robots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
