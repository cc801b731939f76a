/**
 * Exports the shown chart as a presentation-size image (1920x1080; PNG at 2x) with the title, a sources line and
 * the link, because people screenshot and paste; and the shown data as CSV. Runs only in click handlers.
 */
export const EXPORT_WIDTH = 1920;
export const EXPORT_HEIGHT = 1080;
export const PNG_SCALE = 2;

const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'font-style', 'font-family', 'opacity', 'text-anchor'];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Copies the chart with its computed styles inlined, so the file looks the same outside the page. */
function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    const inline = STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', inline);
    for (const a of ['tabindex', 'class', 'data-row', 'data-col', 'data-lane', 'data-index', 'data-content-width']) target.removeAttribute(a);
  });
  return clone;
}

/** Splits a long line into lines of at most `max` characters, at spaces. */
function lines(text: string, max: number, limit: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > max) {
      out.push(line.trim());
      line = word;
    } else line += ' ' + word;
  }
  out.push(line.trim());
  return out.length > limit ? [...out.slice(0, limit - 1), `${out[limit - 1]}…`] : out;
}

export type ExportFrame = { title: string; subtitle: string; sourcesLine: string; link: string };

/** A standalone 1920x1080 SVG: title, the chart scaled to fit, then sources and link at the foot. */
export function buildExportSvg(chart: SVGSVGElement, frame: ExportFrame): string {
  const inner = inlineStyles(chart);
  const vb = chart.viewBox.baseVal;
  const body = getComputedStyle(document.body);
  const bg = body.backgroundColor || '#ffffff';
  const fg = body.color || '#000000';
  const font = body.fontFamily;
  inner.setAttribute('x', '60');
  inner.setAttribute('y', '150');
  inner.setAttribute('width', String(EXPORT_WIDTH - 120));
  inner.setAttribute('height', String(EXPORT_HEIGHT - 330));
  // The matrix keeps room for every country; the image is cropped to the columns shown.
  const width = Number(chart.dataset.contentWidth) || vb.width;
  inner.setAttribute('viewBox', `${vb.x} ${vb.y} ${width} ${vb.height}`);
  inner.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  inner.removeAttribute('role');
  const sources = lines(frame.sourcesLine, 170, 3);
  const text = (y: number, size: number, content: string, weight = 400) =>
    `<text x="60" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fg}" font-family="${escapeXml(font)}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${EXPORT_WIDTH}" height="${EXPORT_HEIGHT}" viewBox="0 0 ${EXPORT_WIDTH} ${EXPORT_HEIGHT}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<rect width="100%" height="100%" fill="${bg}"/>`,
    text(80, 44, frame.title, 700),
    text(124, 24, frame.subtitle),
    new XMLSerializer().serializeToString(inner),
    ...sources.map((l, i) => text(EXPORT_HEIGHT - 140 + i * 28, 20, l)),
    text(EXPORT_HEIGHT - 40, 20, frame.link),
    '</svg>',
  ].join('\n');
}

/** Renders an SVG string to a PNG at `scale` times its size. */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = EXPORT_WIDTH * scale;
    canvas.height = EXPORT_HEIGHT * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the image.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through a temporary link: shared with the deck builder. */
export { download } from '../../lib/download';
