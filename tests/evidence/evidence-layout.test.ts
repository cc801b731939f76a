import { describe, expect, it } from 'vitest';
import type { Study } from '../../src/content/evidence-schema';
import { studiesCsv } from '../../src/features/evidence/evidence-csv';
import { filterStudies, parseEvidenceParams, serializeEvidenceFilter } from '../../src/features/evidence/evidence-filters';
import { designRows, layoutEvidence, MARGIN, MAX_RADIUS, ROW_HEIGHT, UNKNOWN_RADIUS } from '../../src/features/evidence/evidence-layout';
import { formatFollowUp, numberSources, summariseEvidence } from '../../src/features/evidence/evidence-summary';

const v = <T,>(value: T, sources = ['src-a']) => ({ value, sources });
function study(id: string, over: Partial<{ year: number; design: Study['design']['value']; n: number | 'not reported'; months: number | 'not reported'; approach: Study['approach']['value']; results: Study['results']['value']; countries: string[] }> = {}): Study {
  return {
    id,
    title: `Study ${id}`,
    short: id,
    authors: 'Someone et al.',
    year: v(over.year ?? 2010),
    approach: v(over.approach ?? 'open-dialogue'),
    countries: v(over.countries ?? ['Finland']),
    design: v(over.design ?? 'case-series'),
    n: v(over.n ?? 100),
    followUpMonths: v(over.months ?? 24),
    finding: v('A finding, as reported by the study.', ['src-b']),
    outcomes: ['hospital-use'],
    limits: v('Not randomised.'),
    results: v(over.results ?? 'published'),
    doi: v('not reported'),
  };
}

describe('layoutEvidence', () => {
  const all = [
    study('a', { year: 2003, design: 'case-series', n: 200, months: 24 }),
    study('b', { year: 2018, design: 'register-cohort', n: 1800, months: 228 }),
    study('c', { year: 2022, design: 'randomised-trial', n: 'not reported', months: 'not reported', results: 'not found as published' }),
    study('d', { year: 2019, design: 'systematic-review', n: 'not reported', months: 'not reported' }),
  ];

  it('puts reviews on the top row and the weakest design at the bottom, one row per design in use', () => {
    expect(designRows(all)).toEqual(['systematic-review', 'randomised-trial', 'register-cohort', 'case-series']);
    const layout = layoutEvidence(all, all, 800);
    expect(layout.height).toBe(MARGIN.top + 4 * ROW_HEIGHT + MARGIN.bottom);
    const y = (id: string) => layout.marks.find((m) => m.id === id)!.y;
    expect(y('d')).toBeLessThan(y('c'));
    expect(y('c')).toBeLessThan(y('b'));
    expect(y('b')).toBeLessThan(y('a'));
  });

  it('places later studies further right, inside the chart, with year ticks in between', () => {
    const layout = layoutEvidence(all, all, 800);
    const x = (id: string) => layout.marks.find((m) => m.id === id)!.x;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
    for (const m of layout.marks) {
      expect(m.x - m.radius).toBeGreaterThanOrEqual(MARGIN.left);
      expect(m.x + m.radius).toBeLessThanOrEqual(800 - MARGIN.right);
    }
    expect(layout.ticks.map((t) => t.year)).toContain(2010);
  });

  it('sizes marks by the area for n, and draws an unknown n small and marked as such', () => {
    const layout = layoutEvidence(all, all, 800);
    const a = layout.marks.find((m) => m.id === 'a')!;
    const b = layout.marks.find((m) => m.id === 'b')!;
    const c = layout.marks.find((m) => m.id === 'c')!;
    expect(b.radius).toBeCloseTo(MAX_RADIUS);
    // Area, not radius, is proportional to n.
    expect((a.radius / b.radius) ** 2).toBeCloseTo(200 / 1800, 3);
    expect(c).toMatchObject({ sized: false, radius: UNKNOWN_RADIUS, hollow: true });
    expect(a).toMatchObject({ sized: true, hollow: false });
  });

  it('draws the follow-up back from the year of publication, on the same time scale', () => {
    const layout = layoutEvidence(all, all, 800);
    const a = layout.marks.find((m) => m.id === 'a')!;
    const b = layout.marks.find((m) => m.id === 'b')!;
    const perYear = (b.x - a.x) / (2018 - 2003);
    expect(a.x - a.followUp!.x1).toBeCloseTo(2 * perYear);
    expect(b.x - b.followUp!.x1).toBeCloseTo(19 * perYear);
    expect(layout.marks.find((m) => m.id === 'c')!.followUp).toBeUndefined();
  });

  it('keeps scales from all studies when only some are shown, so filtered views compare', () => {
    const full = layoutEvidence(all, all, 800);
    const one = layoutEvidence(all, [all[0]], 800);
    expect(one.marks).toHaveLength(1);
    expect(one.marks[0]).toMatchObject({ x: full.marks[0].x, y: full.marks[0].y, radius: full.marks[0].radius });
    expect(one.rows).toEqual(full.rows);
  });

  it('spreads studies of the same design and year apart, and never lets labels overlap', () => {
    const twins = [study('p', { year: 2011 }), study('q', { year: 2011 }), study('r', { year: 2012, n: 1800 })];
    const layout = layoutEvidence(twins, twins, 360);
    const [p, q] = layout.marks;
    expect(p.x).toBe(q.x);
    expect(Math.abs(p.y - q.y)).toBeGreaterThan(p.radius + q.radius);
    const labelled = layout.marks.filter((m) => m.label);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    const boxes = labelled.map((m) => {
      const w = m.id.length * 6.6;
      const x0 = m.label!.anchor === 'start' ? m.label!.x : m.label!.x - w;
      return { x0, x1: x0 + w, y0: m.y - 8, y1: m.y + 8 };
    });
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    for (const b of boxes) expect(b.x1).toBeLessThanOrEqual(360 - MARGIN.right);
  });
});

describe('evidence filters in the URL', () => {
  const all = [study('a', { countries: ['United Kingdom'], design: 'randomised-trial' }), study('b')];

  it('round-trips each filter and writes nothing for the default view', () => {
    expect(serializeEvidenceFilter({})).toBe('');
    for (const query of ['design=randomised-trial', 'country=united-kingdom', 'outcome=hospital-use', 'design=case-series&country=finland&outcome=relapse']) {
      const { filter, notices } = parseEvidenceParams(new URLSearchParams(query), all);
      expect(notices).toEqual([]);
      expect(serializeEvidenceFilter(filter)).toBe(query);
    }
  });

  it('ignores what it does not know, and says so', () => {
    const { filter, notices } = parseEvidenceParams(new URLSearchParams('design=anecdote&country=mars&outcome=happiness'), all);
    expect(filter).toEqual({});
    expect(notices).toEqual([
      'There is no study design “anecdote”; showing every design.',
      'No study in the list is from “mars”; showing every country.',
      'There is no outcome “happiness”; showing every outcome.',
    ]);
  });

  it('filters by design, country and outcome together', () => {
    expect(filterStudies(all, { country: 'united-kingdom' }).map((s) => s.id)).toEqual(['a']);
    expect(filterStudies(all, { design: 'case-series', country: 'united-kingdom' })).toEqual([]);
    expect(filterStudies(all, { outcome: 'hospital-use' })).toHaveLength(2);
    expect(filterStudies(all, { outcome: 'relapse' })).toHaveLength(0);
  });
});

describe('summary, sources and CSV', () => {
  it('finds no randomised trial of Open Dialogue with results when the only one has none', () => {
    const s = summariseEvidence([
      study('t', { design: 'randomised-trial', results: 'not found as published' }),
      study('care', { design: 'randomised-trial', approach: 'care' }),
    ]);
    expect(s.odTrials.map((t) => t.id)).toEqual(['t']);
    expect(s.odTrialsWithResults).toEqual([]);
    expect(s.otherTrialsWithResults.map((t) => t.id)).toEqual(['care']);
    expect(summariseEvidence([study('t', { design: 'randomised-trial' })]).odTrialsWithResults).toHaveLength(1);
  });

  it('numbers sources in order of first use', () => {
    expect([...numberSources([study('a'), study('b')])]).toEqual([['src-a', 1], ['src-b', 2]]);
  });

  it('writes follow-up in years where whole', () => {
    expect([24, 12, 18, 228].map(formatFollowUp)).toEqual(['2 years', '1 year', '18 months', '19 years']);
    expect(formatFollowUp('not reported')).toBe('not reported');
  });

  it('exports one row per study, each value beside its note and sources, quoted where needed', () => {
    const csv = studiesCsv([study('a', { countries: ['Finland', 'Italy'] })]).trim().split('\n');
    expect(csv).toHaveLength(2);
    const header = csv[0].split(',');
    expect(header.slice(0, 6)).toEqual(['id', 'study', 'authors', 'year', 'year note', 'year sources']);
    expect(header).toContain('randomised');
    expect(csv[1]).toContain('Finland; Italy');
    expect(csv[1]).toContain('"A finding, as reported by the study.",,src-b');
  });
});
