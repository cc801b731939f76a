/** Timeline layout (pure): one lane per country on a shared time axis; milestones at the same spot are stacked. */
import { extent } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import type { ComparisonCountry, Confidence, Milestone } from '../../content/comparison-schema';
import { MILESTONE_TYPES } from '../../content/comparison-vocabulary';
import type { MilestoneType } from './scales';

/** A date only as precise as its source: a year is placed mid-year, a month mid-month. */
export function milestoneDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return new Date(Date.UTC(y, 6, 1));
  return new Date(Date.UTC(y, m - 1, d ?? 15));
}

export type PlacedMilestone = { key: string; country: ComparisonCountry; milestone: Milestone; x: number; y: number; lane: number; index: number };
export type TimelineLane = { country: ComparisonCountry; y: number; height: number; label: string[] };
export type TimelineLayout = {
  width: number;
  height: number;
  sizes: TimelineSizes;
  lanes: TimelineLane[];
  ticks: { x: number; label: string }[];
  points: PlacedMilestone[][];
};

/**
 * `right` leaves room for a marker and its focus ring past the last date, so nothing is clipped at the edge;
 * `font` is the axis and lane text size, the rest scale with it (the export draws at a room-readable size).
 */
export type TimelineSizes = { labelWidth: number; laneHeight: number; top: number; right: number; markerGap: number; rowGap: number; font: number; marker: number };
export const TIMELINE_SIZES: TimelineSizes = { labelWidth: 150, laneHeight: 92, top: 36, right: 24, markerGap: 16, rowGap: 18, font: 14, marker: 130 };

/** The least width the timeline is drawn at; a narrower box (a phone) scrolls it sideways inside its own frame. */
export const TIMELINE_MIN_WIDTH = 560;

/** "Finland (Western Lapland)" takes two lines in the lane heading; other names one. */
export const laneLabel = (name: string): string[] => name.replace(/\s+\(/, '\n(').split('\n');

export function layoutTimeline(countries: readonly ComparisonCountry[], width: number, s: TimelineSizes = TIMELINE_SIZES): TimelineLayout {
  width = Math.max(TIMELINE_MIN_WIDTH, Math.floor(width));
  const dates = countries.flatMap((c) => c.milestones.map((m) => milestoneDate(m.date)));
  const [min, max] = extent(dates);
  const first = (min ?? new Date(Date.UTC(2012, 0, 1))).getUTCFullYear();
  const last = (max ?? new Date(Date.UTC(2024, 0, 1))).getUTCFullYear() + 1;
  const x = scaleUtc().domain([Date.UTC(first, 0, 1), Date.UTC(last, 0, 1)]).range([s.labelWidth, width - s.right]);
  // A year label is about 2.6 font sizes wide; keep a gap of one label between them.
  const years = x.ticks(Math.max(2, Math.min(last - first, Math.floor((width - s.labelWidth - s.right) / (s.font * 5)))));
  const ticks = years.map((t) => ({ x: x(t), label: String(t.getUTCFullYear()) }));
  const lanes = countries.map((country, i) => ({ country, y: s.top + i * s.laneHeight, height: s.laneHeight, label: laneLabel(country.name) }));
  const points = lanes.map((lane, li) => {
    // Stack markers that would overlap: each takes the first row free at its x.
    const rowsEnd: number[] = [];
    return lane.country.milestones.map((milestone, index) => {
      const px = x(milestoneDate(milestone.date));
      let row = rowsEnd.findIndex((end) => px - end >= s.markerGap);
      if (row === -1) row = rowsEnd.length;
      rowsEnd[row] = px;
      const y = lane.y + s.rowGap * 1.45 + (row % 4) * s.rowGap;
      return { key: `${lane.country.id}-${index}`, country: lane.country, milestone, x: px, y, lane: li, index };
    });
  });
  return { width, height: s.top + countries.length * s.laneHeight + 8, sizes: s, lanes, ticks, points };
}

/** The milestone types and confidences the shown countries use: legends and captions describe only these. */
export function milestoneTypesShown(countries: readonly ComparisonCountry[]): { types: { type: MilestoneType; index: number }[]; confidences: Confidence[] } {
  const used = new Set(countries.flatMap((c) => c.milestones.map((m) => m.type)));
  const confidences = [...new Set(countries.flatMap((c) => c.milestones.map((m) => m.confidence)))];
  return { types: MILESTONE_TYPES.map((type, index) => ({ type, index })).filter((t) => used.has(t.type)), confidences };
}

/** A milestone type's place in the vocabulary: its shape and colour. */
export const typeIndex = (t: string) => MILESTONE_TYPES.indexOf(t as MilestoneType);
