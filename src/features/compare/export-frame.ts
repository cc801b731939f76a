/**
 * The frame of an exported slide (pure, no DOM): 1920 px wide, the title, the view's caption, the chart's area, then
 * every source in full, the date and the view's link. Text is wrapped (never cut) and never smaller than
 * MIN_FONT, so it reads from the back of a room; a chart that needs more room makes the image taller, never smaller.
 * Colours are fixed (a light slide); every style is a presentation attribute, so the file needs no inline CSS.
 */
export const EXPORT_WIDTH = 1920;
export const EXPORT_HEIGHT = 1080;
export const MARGIN = 60;
export const MIN_FONT = 24;

export const INK = { bg: '#ffffff', text: '#1c1b19', muted: '#4a4741', border: '#5a5751', grid: '#d6d2c8', accent: '#0f6e5c', hatch: '#b9b4a8' };
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An estimate of a text's width in the system sans-serif (SVG cannot measure without a DOM); errs wide. */
export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.6 : 0.55);

/** Splits `text` into lines that fit `width` px at `size`; a word longer than a line gets a line of its own. Nothing is dropped. */
export function wrapWords(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

type TextOptions = { size: number; weight?: number; fill?: string; anchor?: 'start' | 'middle' | 'end'; italic?: boolean; lineHeight?: number };
/** One text element with a tspan per line, top of the first line at `y`. */
export function svgText(x: number, y: number, lines: readonly string[], o: TextOptions): string {
  const lh = o.lineHeight ?? 1.22;
  const attrs = [
    `x="${x}"`,
    `y="${(y + o.size * 0.92).toFixed(1)}"`,
    `font-size="${o.size}"`,
    `font-family="${escapeXml(FONT)}"`,
    `fill="${o.fill ?? INK.text}"`,
    o.weight ? `font-weight="${o.weight}"` : '',
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.italic ? 'font-style="italic"' : '',
  ].filter(Boolean);
  const spans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : (o.size * lh).toFixed(1)}">${escapeXml(l)}</tspan>`).join('');
  return `<text ${attrs.join(' ')}>${spans}</text>`;
}

export type FrameText = { title: string; caption: string; sources: string; date: string; link: string };
export type FrameBox = { x: number; y: number; width: number; height: number };

const TITLE = 46;
const BODY = MIN_FONT + 2;
const FOOT = MIN_FONT;

/** The heights the frame's texts take: the chart gets what is left of 1080 px. */
export function measureFrame(t: FrameText) {
  const inner = EXPORT_WIDTH - 2 * MARGIN;
  const title = wrapWords(t.title, inner, TITLE, true);
  const caption = wrapWords(t.caption, inner, BODY);
  const sources = wrapWords(t.sources, inner, FOOT);
  const foot = [`${t.date} · ${t.link}`];
  const top = MARGIN * 0.7 + title.length * TITLE * 1.2 + 8 + caption.length * BODY * 1.22 + 28;
  const bottom = 24 + (sources.length + foot.length) * FOOT * 1.22 + MARGIN * 0.6;
  return { title, caption, sources, foot, top, bottom, chart: { x: MARGIN, y: top, width: inner, height: EXPORT_HEIGHT - top - bottom } };
}

/** The whole SVG: the frame's texts around `chart` (markup drawn in `box`), `chartHeight` tall. */
export function frameSvg(t: FrameText, chart: { markup: string; height: number; defs?: string }): string {
  const m = measureFrame(t);
  const height = Math.max(EXPORT_HEIGHT, Math.ceil(m.top + chart.height + m.bottom));
  const footY = height - m.bottom + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}">`,
    `<title>${escapeXml(t.title)}</title>`,
    chart.defs ? `<defs>${chart.defs}</defs>` : '',
    `<rect width="${EXPORT_WIDTH}" height="${height}" fill="${INK.bg}"/>`,
    svgText(MARGIN, MARGIN * 0.7, m.title, { size: TITLE, weight: 700 }),
    svgText(MARGIN, MARGIN * 0.7 + m.title.length * TITLE * 1.2 + 8, m.caption, { size: BODY, fill: INK.muted }),
    chart.markup,
    svgText(MARGIN, footY, m.sources, { size: FOOT }),
    svgText(MARGIN, footY + m.sources.length * FOOT * 1.22, m.foot, { size: FOOT, fill: INK.muted }),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** "2 December 2026": the date an export or a print was made. */
export const formatToday = (d = new Date()) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
