/**
 * Saving what the explorer shows: a presentation-size image (SVG, or PNG at 2x) built by export-frame.ts and
 * export-charts.ts from the data (not copied from the page, so no inline styles and no CSP violation), and the shown
 * data as CSV. Runs only in click handlers.
 */
import { EXPORT_WIDTH } from './export-frame';

export const PNG_SCALE = 2;

/** Renders an SVG string to a PNG at `scale` times its size. */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Blob> {
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 1080);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = EXPORT_WIDTH * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the image.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file from a click handler; shared with other features' exports. */
export { download } from '../../lib/download';
/**
 * The view's absolute link, on the host the site is deployed to (SITE_URL, which the prerendered page gives as its
 * canonical link), so a slide or a printout points to the real site even when made from a local copy.
 */
export function siteLink(pathAndQuery: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const origin = canonical ? new URL(canonical).origin : window.location.origin;
  return origin + pathAndQuery;
}
