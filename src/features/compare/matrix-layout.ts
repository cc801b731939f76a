/**
 * Matrix layout (pure): rows are dimensions grouped under headings, columns are countries. The grid always fits its
 * box: the row-heading column takes a share of the width within bounds and the countries share the rest equally
 * (the stylesheet's `table-layout: fixed` and `.matrix-label-col` follow the same numbers); below a phone's width the
 * grid stacks, one dimension at a time across the countries.
 */
import type { Dimension } from '../../content/comparison-schema';

export const GROUP_LABELS: Record<Dimension['group'], string> = {
  general: 'How Open Dialogue is implemented',
  models: 'Models combined with Open Dialogue',
  peer: 'Peer workers (experts by experience)',
};

/** The numbers the stylesheet uses (compare.css): keep both in step. */
export const GRID = {
  /** Below this container width the grid stacks (a phone). */
  stackBelow: 600,
  /** The row-heading column: this share of the width, within these bounds (px). */
  labelShare: 0.17,
  labelMin: 136,
  labelMax: 220,
  /** Narrower country columns than this get the compact grid (smaller text and padding, a narrower heading column). */
  compactBelow: 150,
  compactLabel: 120,
  /** The least a country column may get: the longest word of a level ("Implementation", bold) at the compact 12.8 px, and padding. */
  columnMin: 112,
};

export type MatrixGrid =
  | { mode: 'stacked'; width: number }
  | { mode: 'grid'; width: number; labelWidth: number; columnWidth: number; compact: boolean; fits: boolean };

/** How `columns` country columns share a box `width` px wide. */
export function matrixGrid(width: number, columns: number): MatrixGrid {
  if (width < GRID.stackBelow) return { mode: 'stacked', width };
  const n = Math.max(1, columns);
  const labelWidth = Math.min(GRID.labelMax, Math.max(GRID.labelMin, width * GRID.labelShare));
  const compact = (width - labelWidth) / n < GRID.compactBelow;
  const label = compact ? GRID.compactLabel : labelWidth;
  const columnWidth = (width - label) / n;
  return { mode: 'grid', width, labelWidth: label, columnWidth, compact, fits: columnWidth >= GRID.columnMin };
}

export type MatrixGroup = { group: Dimension['group']; label: string; dimensions: { dimension: Dimension; index: number }[] };

/** Consecutive dimensions of a group under one heading, each with its row index in the grid. */
export function groupRows(dimensions: readonly Dimension[]): MatrixGroup[] {
  const groups: MatrixGroup[] = [];
  dimensions.forEach((dimension, index) => {
    const last = groups.at(-1);
    if (last?.group === dimension.group) last.dimensions.push({ dimension, index });
    else groups.push({ group: dimension.group, label: GROUP_LABELS[dimension.group], dimensions: [{ dimension, index }] });
  });
  return groups;
}

/** A row heading's second line: what kind of scale it is, in words. */
export function scaleNote(dim: Dimension): string {
  return dim.scale === 'ordinal' ? `ordered: ${dim.levels[0].label} → ${dim.levels.at(-1)!.label}` : 'kinds, no order';
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
