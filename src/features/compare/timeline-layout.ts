/** Timeline layout (pure): one lane per country on a shared time axis; milestones at the same spot are stacked. */
import { extent } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import type { ComparisonCountry, Milestone } from '../../content/comparison-schema';

/** A date only as precise as its source: a year is placed mid-year, a month mid-month. */
export function milestoneDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return new Date(Date.UTC(y, 6, 1));
  return new Date(Date.UTC(y, m - 1, d ?? 15));
}

export type PlacedMilestone = { key: string; country: ComparisonCountry; milestone: Milestone; x: number; y: number; lane: number; index: number };
export type TimelineLayout = {
  width: number;
  height: number;
  lanes: { country: ComparisonCountry; y: number; height: number }[];
  ticks: { x: number; label: string }[];
  points: PlacedMilestone[][];
};

export const TIMELINE_SIZES = { labelWidth: 150, laneHeight: 92, top: 36, right: 30, markerGap: 16 };

export function layoutTimeline(countries: readonly ComparisonCountry[], width: number): TimelineLayout {
  const s = TIMELINE_SIZES;
  const dates = countries.flatMap((c) => c.milestones.map((m) => milestoneDate(m.date)));
  const [min, max] = extent(dates);
  const first = (min ?? new Date(Date.UTC(2012, 0, 1))).getUTCFullYear();
  const last = (max ?? new Date(Date.UTC(2024, 0, 1))).getUTCFullYear() + 1;
  const x = scaleUtc().domain([Date.UTC(first, 0, 1), Date.UTC(last, 0, 1)]).range([s.labelWidth, width - s.right]);
  const years = x.ticks(Math.min(last - first, Math.floor((width - s.labelWidth) / 56)));
  const ticks = years.map((t) => ({ x: x(t), label: String(t.getUTCFullYear()) }));
  const lanes = countries.map((country, i) => ({ country, y: s.top + i * s.laneHeight, height: s.laneHeight }));
  const points = lanes.map((lane, li) => {
    // Stack markers that would overlap: each takes the first row free at its x.
    const rowsEnd: number[] = [];
    return lane.country.milestones.map((milestone, index) => {
      const px = x(milestoneDate(milestone.date));
      let row = rowsEnd.findIndex((end) => px - end >= s.markerGap);
      if (row === -1) row = rowsEnd.length;
      rowsEnd[row] = px;
      const y = lane.y + 26 + (row % 4) * 18;
      return { key: `${lane.country.id}-${index}`, country: lane.country, milestone, x: px, y, lane: li, index };
    });
  });
  return { width, height: s.top + countries.length * s.laneHeight + 8, lanes, ticks, points };
}
