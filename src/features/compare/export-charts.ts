/**
 * The charts of an exported slide (pure, no DOM): the matrix and the timeline laid out again for a 1920 px frame at a
 * size read from the back of a room, as SVG markup with presentation attributes only (no inline CSS, so no CSP
 * violation). The same encodings as on screen: words first, an ordered level's step on a track and its tint,
 * outlines and hatching for confidence, shapes for milestone types only.
 */
import type { ComparisonCountry, Dimension } from '../../content/comparison-schema';
import { INK, MIN_FONT, svgText, textWidth, wrapWords, type FrameBox } from './export-frame';
import { CONFIDENCE_STROKE, levelMark, MILESTONE_LABELS, OKABE_ITO, shapePath, TINT_STEPS } from './scales';
import { encodingsShown } from './shown-data';
import { layoutTimeline, milestoneTypesShown, typeIndex } from './timeline-layout';

/** The tint of an ordered level: the accent mixed into white, deeper along the scale (as the page's heat-map cells). */
export function tintColour(step: number): string {
  const share = [0, 0.1, 0.2, 0.32, 0.45][Math.min(TINT_STEPS, step)];
  const mix = (c: number) => Math.round(255 + (c - 255) * share).toString(16).padStart(2, '0');
  return `#${mix(0x0f)}${mix(0x6e)}${mix(0x5c)}`;
}

const HATCH = 'export-hatch';
const hatchDefs = `<pattern id="${HATCH}" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="12" height="12" fill="${INK.bg}"/><line x1="0" y1="0" x2="0" y2="12" stroke="${INK.hatch}" stroke-width="3"/></pattern>`;

export type MatrixExport = { markup: string; height: number; defs: string; font: number };

type MatrixInput = { dimensions: readonly Dimension[]; countries: readonly ComparisonCountry[]; referenceId?: string };

/** Row heights at font size `f` (the tallest of its heading and cells), and the header's. */
function measureMatrix({ dimensions, countries, referenceId }: MatrixInput, width: number, f: number) {
  const labelWidth = Math.min(440, Math.max(300, width * 0.22));
  const colWidth = (width - labelWidth) / countries.length;
  const step = Math.round(f * 0.5);
  const pad = 12;
  const header = countries.map((c) => ({ name: wrapWords(c.name, colWidth - 2 * pad, f, true), note: c.id === referenceId ? wrapWords('reference: where OD began', colWidth - 2 * pad, MIN_FONT) : [] }));
  const headerHeight = Math.max(...header.map((h) => h.name.length * f * 1.2 + h.note.length * MIN_FONT * 1.22)) + 16;
  const rows = dimensions.map((dim) => {
    const label = wrapWords(dim.label, labelWidth - 2 * pad, f, true);
    const cells = countries.map((c) => {
      const v = c.values[dim.id];
      const mark = levelMark(dim, v.level);
      const words = `${mark?.label ?? 'Not documented'}${v.confidence === 'reported' ? ' (reported)' : ''}`;
      return { mark, value: v, lines: wrapWords(words, colWidth - 2 * pad, f, Boolean(mark)) };
    });
    const lines = Math.max(label.length, ...cells.map((c) => c.lines.length));
    // The track sits under the words (words first, the mark second), on the rows of an ordered dimension.
    const track = dim.scale === 'ordinal' ? step + 10 : 0;
    return { dim, label, cells, track, height: lines * f * 1.2 + track + 16 };
  });
  const height = headerHeight + rows.reduce((s, r) => s + r.height, 0);
  return { labelWidth, colWidth, step, pad, header, headerHeight, rows, height };
}

/** The matrix at the largest font from 36 px down to MIN_FONT that fits `box`; at MIN_FONT it grows taller if it must. */
export function exportMatrix(input: MatrixInput, box: FrameBox): MatrixExport {
  let f = 36;
  let m = measureMatrix(input, box.width, f);
  while (m.height > box.height && f > MIN_FONT) m = measureMatrix(input, box.width, (f -= 2));
  const out: string[] = [];
  const { x: x0, y: y0 } = box;
  m.header.forEach(({ name, note }, i) => {
    const x = x0 + m.labelWidth + i * m.colWidth + m.pad;
    out.push(svgText(x, y0 + 4, name, { size: f, weight: 700, lineHeight: 1.2 }));
    if (note.length) out.push(svgText(x, y0 + 4 + name.length * f * 1.2, note, { size: MIN_FONT, fill: INK.muted, italic: true }));
  });
  let y = y0 + m.headerHeight;
  out.push(`<line x1="${x0}" x2="${x0 + box.width}" y1="${y}" y2="${y}" stroke="${INK.border}" stroke-width="2"/>`);
  for (const row of m.rows) {
    out.push(svgText(x0 + 4, y + 9, row.label, { size: f, weight: 700 }));
    row.cells.forEach((cell, i) => {
      const x = x0 + m.labelWidth + i * m.colWidth;
      const conf = cell.value.confidence;
      const fill = conf === 'not-documented' ? `url(#${HATCH})` : cell.mark?.ordered ? tintColour(cell.mark.tint) : INK.bg;
      const dash = CONFIDENCE_STROKE[conf] ? ` stroke-dasharray="${conf === 'reported' ? '12 7' : '3 5'}"` : '';
      out.push(`<rect x="${x + 4}" y="${y + 3}" width="${m.colWidth - 8}" height="${row.height - 6}" rx="8" fill="${fill}" stroke="${INK.border}" stroke-width="2"${dash}/>`);
      out.push(svgText(x + m.pad, y + 8, cell.lines, { size: f, weight: cell.mark ? 700 : 400, italic: !cell.mark, lineHeight: 1.2 }));
      if (cell.mark?.ordered) {
        const count = row.dim.levels.length;
        const tx = x + m.pad;
        const ty = y + 8 + cell.lines.length * f * 1.2 + 4;
        for (let k = 0; k < count; k++) {
          const on = k === cell.mark.index;
          const shade = on ? INK.text : k < cell.mark.index ? INK.grid : INK.bg;
          out.push(`<rect x="${tx + k * (m.step + 6)}" y="${ty}" width="${m.step}" height="${m.step}" fill="${shade}" stroke="${INK.text}" stroke-width="${on ? 2 : 1.5}"/>`);
        }
      }
    });
    y += row.height;
  }
  return { markup: `<g>${out.join('')}</g>`, height: m.height, defs: hatchDefs, font: f };
}

/** The timeline across the frame, lanes sharing the height, with a legend of the milestone types it uses. */
export function exportTimeline(countries: readonly ComparisonCountry[], box: FrameBox): { markup: string; height: number } {
  const f = 26;
  const { types, confidences } = milestoneTypesShown(countries);
  const legendItems = [...types.map((t) => ({ label: MILESTONE_LABELS[t.type], shape: t.index })), ...(confidences.includes('reported') ? [{ label: 'Dashed outline: reported by a webinar speaker', shape: -1 }] : [])];
  // The legend wraps into rows of items across the width.
  const legendRows: (typeof legendItems)[] = [[]];
  let used = 0;
  for (const item of legendItems) {
    const w = 44 + textWidth(item.label, MIN_FONT) + 36;
    if (used + w > box.width && legendRows.at(-1)!.length) {
      legendRows.push([]);
      used = 0;
    }
    legendRows.at(-1)!.push(item);
    used += w;
  }
  const legendHeight = legendRows.length * MIN_FONT * 1.6 + 12;
  const laneHeight = Math.max(84, Math.min(230, (box.height - legendHeight - 56) / Math.max(1, countries.length)));
  const layout = layoutTimeline(countries, box.width, { labelWidth: 330, laneHeight, top: 56, right: 40, markerGap: 34, rowGap: Math.min(40, laneHeight / 5), font: f, marker: 560 });
  const out: string[] = [];
  const { x: x0, y: y0 } = box;
  for (const t of layout.ticks) {
    out.push(`<line x1="${x0 + t.x}" x2="${x0 + t.x}" y1="${y0 + 40}" y2="${y0 + layout.height}" stroke="${INK.grid}" stroke-width="2"/>`);
    out.push(svgText(x0 + t.x, y0, [t.label], { size: f, anchor: 'middle', fill: INK.muted }));
  }
  for (const lane of layout.lanes) {
    out.push(`<line x1="${x0}" x2="${x0 + box.width}" y1="${y0 + lane.y}" y2="${y0 + lane.y}" stroke="${INK.border}" stroke-width="2"/>`);
    out.push(svgText(x0 + 4, y0 + lane.y + 14, lane.label, { size: f, weight: 700 }));
  }
  for (const p of layout.points.flat()) {
    const t = typeIndex(p.milestone.type);
    const dash = p.milestone.confidence === 'reported' ? ' stroke-dasharray="6 4"' : '';
    out.push(`<path d="${shapePath(t, 560)}" transform="translate(${(x0 + p.x).toFixed(1)},${(y0 + p.y).toFixed(1)})" fill="${OKABE_ITO[t % OKABE_ITO.length]}" stroke="${INK.text}" stroke-width="2"${dash}/>`);
  }
  let ly = y0 + layout.height + 24;
  for (const row of legendRows) {
    let lx = x0;
    for (const item of row) {
      const cy = ly + MIN_FONT * 0.6;
      out.push(
        item.shape === -1
          ? `<path d="M${lx},${cy}H${lx + 30}" stroke="${INK.text}" stroke-width="3" stroke-dasharray="6 4"/>`
          : `<path d="${shapePath(item.shape, 420)}" transform="translate(${lx + 15},${cy})" fill="${OKABE_ITO[item.shape % OKABE_ITO.length]}" stroke="${INK.text}" stroke-width="2"/>`,
      );
      out.push(svgText(lx + 44, ly - 2, [item.label], { size: MIN_FONT }));
      lx += 44 + textWidth(item.label, MIN_FONT) + 36;
    }
    ly += MIN_FONT * 1.6;
  }
  return { markup: `<g>${out.join('')}</g>`, height: layout.height + 24 + legendHeight };
}


type CaptionInput = { view: 'matrix' | 'peers' | 'timeline'; dimensions: readonly Dimension[]; countries: readonly ComparisonCountry[]; referenceId?: string };

/** The caption of an exported view: what it shows and how to read it, naming only the encodings it uses. */
export function exportCaption({ view, dimensions, countries, referenceId }: CaptionInput): string {
  const names = countries.map((c) => (c.id === referenceId ? `${c.name} as the reference` : c.name)).join(', ');
  if (view === 'timeline') {
    return `Dated milestones: ${names}. Each marker sits at its date, only as precise as its source; its shape and colour give the milestone's type (key below).`;
  }
  const shown = encodingsShown(dimensions, countries);
  const read = [
    'Each cell names its level',
    shown.ordered ? 'on an ordered dimension the filled step of the track, and a deeper tint, are further along its scale' : '',
    shown.kinds ? 'a level with no track is a kind, with no order' : '',
  ].filter(Boolean);
  const outline = [
    shown.confidences.includes('documented') ? 'solid outline: documented' : '',
    shown.confidences.includes('reported') ? 'dashed: reported by a webinar speaker' : '',
    shown.confidences.includes('not-documented') ? 'hatched: not documented' : '',
  ].filter(Boolean);
  const what = view === 'peers' ? 'What peer workers do' : 'How Open Dialogue is implemented';
  const sentence = (parts: string[]) => (parts.length ? `${parts.join('; ').replace(/^./, (c) => c.toUpperCase())}.` : '');
  return [`${what}: ${names}.`, sentence(read), sentence(outline)].filter(Boolean).join(' ');
}
