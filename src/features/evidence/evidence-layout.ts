/**
 * The evidence chart's geometry, computed with d3 and nothing else: each study placed by year (x) and design
 * (a row; reviews at the top), sized by the number of people (area), with its follow-up drawn back from the year
 * of publication. Pure: data and a width in, numbers and paths out; the component only maps them to SVG.
 */
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear, scaleSqrt } from 'd3-scale';
import { symbol, symbolCircle, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { DESIGN_LABELS, STUDY_DESIGNS } from '../../content/evidence-vocabulary';
import type { Approach, Study, StudyDesign } from '../../content/evidence-schema';

export const ROW_HEIGHT = 58;
export const MARGIN = { top: 8, right: 14, bottom: 34, left: 10 };
/** Radius of the largest study's mark, and of a study whose size is not reported. */
export const MAX_RADIUS = 22;
export const UNKNOWN_RADIUS = 5;
const MIN_RADIUS = 4;
/** An estimate of the label font's average character width (12 px system font), for collision checks. */
const CHAR_WIDTH = 6.6;
/** Marks in the same row and year are spread up and down by this much. */
const DODGE = 15;

const SYMBOLS: Record<Approach, SymbolType> = {
  'open-dialogue': symbolCircle,
  'peer-supported-open-dialogue': symbolSquare,
  care: symbolTriangle,
};

export type Row = { design: StudyDesign; label: string; top: number; centre: number };
export type Tick = { year: number; x: number };
export type PlacedStudy = {
  id: string;
  x: number;
  y: number;
  /** The mark's outline, centred on (0, 0): a circle, square or triangle of the size for its n. */
  path: string;
  radius: number;
  /** False when the study does not report how many people took part (the mark is drawn small and dotted). */
  sized: boolean;
  /** Results not found as published: the mark is drawn hollow. */
  hollow: boolean;
  /** The follow-up, from x1 (publication year minus its length) to the mark; absent when not reported. */
  followUp?: { x1: number };
  label?: { x: number; anchor: 'start' | 'end' };
};
export type EvidenceLayout = {
  width: number;
  height: number;
  rows: Row[];
  ticks: Tick[];
  marks: PlacedStudy[];
  /** Marks for the size legend: a few round numbers of people and their radius. */
  sizeLegend: { n: number; radius: number }[];
};

const followUpYears = (s: Study) => (typeof s.followUpMonths.value === 'number' ? s.followUpMonths.value / 12 : 0);
const peopleOf = (s: Study) => (typeof s.n.value === 'number' ? s.n.value : undefined);

/** The designs the data uses, in chart order from the top (reviews) down to qualitative studies. */
export function designRows(all: readonly Study[]): StudyDesign[] {
  return STUDY_DESIGNS.filter((d) => all.some((s) => s.design.value === d)).reverse();
}

/**
 * Lays out `shown` at `width`. Scales come from `all`, so filtering keeps every axis and size where it was and a
 * reader can compare two filtered views.
 */
export function layoutEvidence(all: readonly Study[], shown: readonly Study[], width: number): EvidenceLayout {
  const designs = designRows(all);
  const height = MARGIN.top + designs.length * ROW_HEIGHT + MARGIN.bottom;
  const y = scaleBand<StudyDesign>().domain(designs).range([MARGIN.top, height - MARGIN.bottom]);
  const first = Math.floor(min(all, (s) => s.year.value - followUpYears(s)) ?? 2000);
  const last = max(all, (s) => s.year.value) ?? first + 1;
  const x = scaleLinear()
    .domain([first - 0.5, last + 0.5])
    .range([MARGIN.left + MAX_RADIUS, width - MARGIN.right - MAX_RADIUS]);
  const size = scaleSqrt()
    .domain([0, max(all, peopleOf) ?? 1])
    .range([0, MAX_RADIUS]);

  const rows: Row[] = designs.map((d) => ({ design: d, label: DESIGN_LABELS[d], top: y(d)!, centre: y(d)! + ROW_HEIGHT / 2 + 6 }));
  const tickCount = Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 70));
  const ticks = x.ticks(tickCount).filter(Number.isInteger).map((year) => ({ year, x: x(year) }));

  // Studies sharing a row and a year are spread vertically around the row's centre.
  const cells = new Map<string, Study[]>();
  for (const s of shown) {
    const key = `${s.design.value}:${s.year.value}`;
    cells.set(key, [...(cells.get(key) ?? []), s]);
  }
  const radiusOf = (s: Study) => {
    const people = peopleOf(s);
    return people === undefined ? UNKNOWN_RADIUS : Math.max(MIN_RADIUS, size(people));
  };
  const marks: PlacedStudy[] = shown.map((s) => {
    const cell = cells.get(`${s.design.value}:${s.year.value}`)!;
    // Far enough apart not to overlap, as far as the row's height allows.
    const spacing = Math.min(ROW_HEIGHT / cell.length, Math.max(DODGE, 2 * Math.max(...cell.map(radiusOf)) + 2));
    const offset = (cell.indexOf(s) - (cell.length - 1) / 2) * spacing;
    const people = peopleOf(s);
    const radius = radiusOf(s);
    const years = followUpYears(s);
    return {
      id: s.id,
      x: x(s.year.value),
      y: rows.find((r) => r.design === s.design.value)!.centre + offset,
      path: markPath(s.approach.value, radius),
      radius,
      sized: people !== undefined,
      hollow: s.results.value !== 'published',
      ...(years > 0 ? { followUp: { x1: x(s.year.value - years) } } : {}),
    };
  });
  placeLabels(marks, new Map(shown.map((s) => [s.id, s.short])), width);
  const legendNs = [10, 100, 1000].filter((n) => n <= size.domain()[1]);
  return { width, height, rows, ticks, marks, sizeLegend: legendNs.map((n) => ({ n, radius: Math.max(MIN_RADIUS, size(n)) })) };
}

/** A symbol whose area matches a circle of `radius`, so shapes of the same n look the same size. */
export function markPath(approach: Approach, radius: number): string {
  return symbol(SYMBOLS[approach], Math.PI * radius * radius)() ?? '';
}

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Puts each label right of its mark, else left of it, where it overlaps no mark and no other label and stays in
 * the chart; a label with no room is left out (the table names every study).
 */
export function placeLabels(marks: PlacedStudy[], text: ReadonlyMap<string, string>, width: number): void {
  // Marks and follow-up lines (with their end ticks) are obstacles; a mark's own shape is not.
  const shapes = marks.map((m) => ({ x0: m.x - m.radius, x1: m.x + m.radius, y0: m.y - m.radius, y1: m.y + m.radius }));
  const lines = marks.flatMap((m) => (m.followUp ? [{ x0: m.followUp.x1 - 1, x1: m.x, y0: m.y - 5, y1: m.y + 5 }] : []));
  const taken: Box[] = [...shapes, ...lines];
  for (const m of [...marks].sort((a, b) => a.x - b.x)) {
    const w = (text.get(m.id) ?? '').length * CHAR_WIDTH;
    const y0 = m.y - 8;
    const y1 = m.y + 8;
    const own = shapes[marks.indexOf(m)];
    for (const anchor of ['start', 'end'] as const) {
      const lx = anchor === 'start' ? m.x + m.radius + 4 : (m.followUp?.x1 ?? m.x - m.radius) - 4;
      const box = anchor === 'start' ? { x0: lx, x1: lx + w, y0, y1 } : { x0: lx - w, x1: lx, y0, y1 };
      if (box.x0 < MARGIN.left || box.x1 > width - MARGIN.right) continue;
      if (taken.some((b) => b !== own && overlaps(b, box))) continue;
      m.label = { x: lx, anchor };
      taken.push(box);
      break;
    }
  }
}
