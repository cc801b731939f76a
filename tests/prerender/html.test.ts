import { describe, expect, it } from 'vitest';
import { CSP, fillTemplate, headTags, leadText, robots, sitemap } from '../../src/prerender/html';
import { absoluteUrl, siteFromEnv } from '../../src/prerender/site';

const TEMPLATE = `<!doctype html><html><head>
<meta charset="UTF-8" />
<title>Old</title>
<meta name="description" content="old" />
<script type="module" src="/assets/index.js"></script>
<link rel="modulepreload" href="/assets/chunk.js">
</head><body><div id="root"></div></body></html>`;

describe('site address from the build environment', () => {
  it('defaults to the preview address at the root', () => {
    expect(siteFromEnv({})).toEqual({ origin: 'http://localhost:4173', base: '/', explicit: false });
  });
  it('takes the base path from SITE_URL, and BASE_PATH overrides it', () => {
    const site = siteFromEnv({ SITE_URL: 'https://example.org/od-kb' });
    expect(site).toEqual({ origin: 'https://example.org', base: '/od-kb/', explicit: true });
    expect(absoluteUrl(site, '/cards/x')).toBe('https://example.org/od-kb/cards/x');
    expect(absoluteUrl(site, '/')).toBe('https://example.org/od-kb/');
    expect(siteFromEnv({ SITE_URL: 'https://example.org/', BASE_PATH: 'preview/' }).base).toBe('/preview/');
  });
  it('rejects a SITE_URL that is not absolute, saying what it wants', () => {
    expect(() => siteFromEnv({ SITE_URL: 'example.org' })).toThrow(/not an absolute URL/);
  });
});

describe('page head and HTML', () => {
  const info = {
    title: 'A "card" <b> — Site',
    description: 'Summary & more',
    url: 'https://example.org/cards/a',
    image: 'https://example.org/social.png',
    imageAlt: 'Site',
    siteName: 'Site',
    type: 'article' as const,
  };

  it('writes title, description, canonical, Open Graph and Twitter tags, escaped', () => {
    const tags = headTags(info);
    expect(tags).toContain('<title>A &quot;card&quot; &lt;b&gt; — Site</title>');
    expect(tags).toContain('<meta name="description" content="Summary &amp; more" />');
    expect(tags).toContain('<link rel="canonical" href="https://example.org/cards/a" />');
    expect(tags).toContain('<meta property="og:url" content="https://example.org/cards/a" />');
    expect(tags).toContain('<meta property="og:image" content="https://example.org/social.png" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it('marks a page without a URL (the 404) noindex, with no canonical', () => {
    const tags = headTags({ ...info, url: undefined });
    expect(tags).toContain('<meta name="robots" content="noindex" />');
    expect(tags).not.toContain('canonical');
  });

  it('fills the template: one title, the CSP first in the head, the body marked with its path', () => {
    const html = fillTemplate(TEMPLATE, { head: '<title>New</title>', body: '<main>Hi</main>', path: '/cards/a' });
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('content="old"');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<div id="root" data-prerendered="/cards/a"><main>Hi</main></div>');
  });

  it('downloads the scripts at low priority, after the stylesheet, once each', () => {
    const html = fillTemplate(TEMPLATE, { head: '', body: '', path: '/' });
    expect(html).toContain('<script type="module" fetchpriority="low" src="/assets/index.js">');
    expect(html).toContain('<link rel="modulepreload" fetchpriority="low" href="/assets/chunk.js">');
    expect(fillTemplate(html.replace(/ data-prerendered="[^"]*"/, ''), { head: '', body: '', path: '/' }).match(/fetchpriority/g)).toHaveLength(2);
  });

  it('lists the chunks to preload on the root, and adds no request before the first paint', () => {
    const html = fillTemplate(TEMPLATE, { head: '', body: '', path: '/', preload: '/assets/main.js /assets/route.js' });
    expect(html).toContain('<div id="root" data-prerendered="/" data-preload="/assets/main.js /assets/route.js">');
    expect(html.match(/<link rel="modulepreload"/g)).toHaveLength(1);
  });

  it('marks when a page starts its app, unless it waits for an interaction (the default)', () => {
    expect(fillTemplate(TEMPLATE, { head: '', body: '', path: '/graph', start: 'at-once' })).toContain('<div id="root" data-prerendered="/graph" data-start="at-once">');
    expect(fillTemplate(TEMPLATE, { head: '', body: '', path: '/compare', start: 'after-paint' })).toContain('data-start="after-paint"');
    expect(fillTemplate(TEMPLATE, { head: '', body: '', path: '/', start: 'on-interaction' })).not.toContain('data-start');
    expect(fillTemplate(TEMPLATE, { head: '', body: '', path: '/' })).not.toContain('data-start');
  });

  it("keeps a page's text as written, dollar signs included", () => {
    // String.replace reads "$&", "$'" and "$$" in a replacement as patterns: a card quoting them must not change.
    const text = "<main>Fees in '$' and $$; the match is $&, what follows is $' and what precedes is $`.</main>";
    const html = fillTemplate(TEMPLATE, { head: '<meta name="description" content="$& and $\'" />', body: text, path: '/cards/a' });
    expect(html).toContain(`>${text}</div>`);
    expect(html).toContain('<meta name="description" content="$& and $\'" />');
  });

  it('refuses a template without an empty root to fill', () => {
    expect(() => fillTemplate('<html><head></head><body></body></html>', { head: '', body: '', path: '/' })).toThrow(/root/);
  });

  it('allows no inline script or style and no other origin', () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("style-src 'self'");
    expect(CSP).not.toMatch(/unsafe|\*|https?:/);
  });

  it('reads the lead paragraph as a fallback description', () => {
    expect(leadText('<h1>x</h1><p class="lead">All <!-- -->7 cards &amp; more</p>')).toBe('All 7 cards & more');
    expect(leadText('<p>no lead</p>')).toBeUndefined();
  });

  it('writes a sitemap and a robots.txt that names it', () => {
    expect(sitemap(['https://e.org/', 'https://e.org/a&b'])).toContain('<loc>https://e.org/a&amp;b</loc>');
    expect(robots('https://e.org/sitemap.xml')).toMatch(/^Sitemap: https:\/\/e\.org\/sitemap\.xml$/m);
  });
});
