/** Matrix layout (pure): columns are countries, rows are dimensions grouped under headings. */
import type { Dimension } from '../../content/comparison-schema';

export const GROUP_LABELS: Record<Dimension['group'], string> = {
  general: 'How Open Dialogue is implemented',
  models: 'Models combined with Open Dialogue',
  peer: 'Peer workers (experts by experience)',
};

/**
 * `rowHeight` is the least a row takes: a cell's track and a level named in up to two lines. A row heading that
 * wraps to more lines makes its row taller.
 */
export type MatrixSizes = { labelWidth: number; columnWidth: number; headerHeight: number; groupHeight: number; rowHeight: number };
export const MATRIX_SIZES: MatrixSizes = { labelWidth: 190, columnWidth: 200, headerHeight: 44, groupHeight: 34, rowHeight: 70 };

/** One line of a row heading, `y` from the row's top. */
export type LabelLine = { text: string; y: number; className: 'chart-row-label' | 'chart-row-scale' };

export type MatrixRow =
  | { kind: 'group'; key: string; label: string; y: number; height: number }
  | { kind: 'dimension'; key: string; dimension: Dimension; y: number; height: number; index: number; label: LabelLine[] };

const labels = new WeakMap<Dimension, LabelLine[]>();

/** The row heading: the dimension's name, then its scale in words, wrapped to the label column. */
function rowLabel(dim: Dimension): LabelLine[] {
  // Wrapping is the same on every redraw: do it once per dimension.
  let lines = labels.get(dim);
  if (!lines) labels.set(dim, (lines = wrapRowLabel(dim)));
  return lines;
}

function wrapRowLabel(dim: Dimension): LabelLine[] {
  const name = wrapText(dim.label, 22, 2).map((text, k): LabelLine => ({ text, y: 20 + k * 18, className: 'chart-row-label' }));
  const below = name.length * 18 + 20;
  if (dim.scale !== 'ordinal') return [...name, { text: 'kinds, no order', y: below, className: 'chart-row-scale' }];
  const scale = wrapText(`scale: ${dim.levels[0].label} → ${dim.levels.at(-1)!.label}`, 28, 2);
  return [...name, ...scale.map((text, k): LabelLine => ({ text, y: below + k * 15, className: 'chart-row-scale' }))];
}

export type MatrixColumn = { id: string; x: number; width: number };
/** `width` fits the chosen columns; `frameWidth` fits `frameColumns` of them (the drawing's fixed frame). */
export type MatrixLayout = { width: number; frameWidth: number; height: number; columns: MatrixColumn[]; rows: MatrixRow[]; sizes: MatrixSizes };

export function layoutMatrix(
  dimensions: readonly Dimension[],
  countries: readonly string[],
  frameColumns = countries.length,
  sizes: MatrixSizes = MATRIX_SIZES,
): MatrixLayout {
  const width = sizes.labelWidth + countries.length * sizes.columnWidth;
  const frameWidth = sizes.labelWidth + Math.max(frameColumns, countries.length) * sizes.columnWidth;
  // Fixed-width columns (not a band scale that stretches): a cell keeps its size when countries change, so
  // React can skip redrawing it (the re-render budget is one frame).
  const columns = countries.map((id, i) => ({ id, x: sizes.labelWidth + i * sizes.columnWidth, width: sizes.columnWidth - 8 }));
  const rows: MatrixRow[] = [];
  let y = sizes.headerHeight;
  let group: string | undefined;
  dimensions.forEach((dimension, index) => {
    if (dimension.group !== group) {
      group = dimension.group;
      rows.push({ kind: 'group', key: `group-${group}`, label: GROUP_LABELS[dimension.group], y, height: sizes.groupHeight });
      y += sizes.groupHeight;
    }
    const label = rowLabel(dimension);
    // Room below the heading's last baseline for its descenders and a gap before the next row.
    const height = Math.max(sizes.rowHeight, label.at(-1)!.y + 14);
    rows.push({ kind: 'dimension', key: dimension.id, dimension, y, height, index, label });
    y += height;
  });
  return { width, frameWidth, height: y + 4, columns, rows, sizes };
}

/**
 * Wraps `text` into at most `maxLines` lines of about `maxChars` characters, ending with "…" when cut.
 * An estimate (SVG has no text wrapping); the full text is always in the details panel and the table.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = words[i];
    if (lines.length === maxLines) return [...lines.slice(0, -1), `${lines[maxLines - 1].replace(/[\s,;.]*$/, '')}…`];
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1].replace(/[\s,;.]*$/, '')}…`];
  return lines;
}

/** The next cell for an arrow key in a rows × columns grid (stops at the edges), or undefined for other keys. */
export function moveInGrid(key: string, row: number, col: number, rows: number, cols: number): [number, number] | undefined {
  switch (key) {
    case 'ArrowUp': return [Math.max(0, row - 1), col];
    case 'ArrowDown': return [Math.min(rows - 1, row + 1), col];
    case 'ArrowLeft': return [row, Math.max(0, col - 1)];
    case 'ArrowRight': return [row, Math.min(cols - 1, col + 1)];
    case 'Home': return [row, 0];
    case 'End': return [row, cols - 1];
    default: return undefined;
  }
}
