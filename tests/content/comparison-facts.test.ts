/** Guards on facts the research check settled: a later edit that contradicts it fails here, not on a slide. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllContent } from '../../src/content/pipeline/collections';
import type { ComparisonData } from '../../src/content/comparison-schema';

let data: ComparisonData;
beforeAll(async () => {
  const { content } = await loadAllContent(path.resolve(import.meta.dirname, '../../content'));
  data = content!.modules.comparison as ComparisonData;
});
const country = (id: string) => data.countries.find((c) => c.id === id)!;

describe('the comparison data keeps the checked facts', () => {
  it('has a value for every country and dimension, and every documented value has a level', () => {
    for (const c of data.countries) {
      for (const d of data.dimensions) {
        const v = c.values[d.id];
        expect(v, `${c.id}/${d.id}`).toBeDefined();
        expect(v.level === undefined, `${c.id}/${d.id}`).toBe(v.confidence === 'not-documented');
      }
    }
  });

  it('does not claim peer workers in Estonian OD teams (not documented)', () => {
    for (const d of data.dimensions.filter((x) => x.group === 'peer')) expect(country('estonia').values[d.id].confidence).toBe('not-documented');
  });

  it('shows people with lived experience among the Zahrada 2000 facilitators (documented, high)', () => {
    const v = country('czech-republic').values['peer-team'];
    expect(v).toMatchObject({ level: 'yes', confidence: 'documented', strength: 'high', sources: ['zahrada-od-team'] });
  });

  it('names four Dutch POD organisations and leaves the fifth unknown', () => {
    const text = country('netherlands').values.stage.text;
    for (const name of ['MET ggz', 'Lister', 'Altrecht', 'GGzE']) expect(text).toContain(name);
    expect(text).toMatch(/fifth is not known/);
  });

  it('does not state ODDESSI results, and says the site counts differ', () => {
    const uk = country('united-kingdom').values;
    expect(uk.research.text).toMatch(/not published/);
    expect(uk.stage.text).toMatch(/count the trial's sites differently/);
  });

  it('dates Czech formal training from November 2021, not "around 2018"', () => {
    const cz = country('czech-republic');
    const training = cz.milestones.filter((m) => m.type === 'training').map((m) => m.date);
    expect(training).toEqual(['2021-11']);
    expect(cz.milestones.map((m) => m.date)).toEqual(expect.arrayContaining(['2017-06-05', '2018', '2021-11']));
    // The start rule counts the earliest OD event of any kind: here Seikkula's Brno workshop of February 2013.
    expect(cz.values.start.level).toBe('by-2014');
  });

  it('applies one start rule to every country: the earliest workshop, conference, course or team on its timeline', () => {
    const dimension = data.dimensions.find((d) => d.id === 'start')!;
    const bucket = (year: number) => (year <= 2014 ? 'by-2014' : year <= 2017 ? '2015-2017' : year <= 2020 ? '2018-2020' : '2021-later');
    for (const c of data.countries) {
      const years = c.milestones.filter((m) => ['event', 'training', 'team'].includes(m.type)).map((m) => Number(m.date.slice(0, 4)));
      expect(c.values.start.level, c.id).toBe(bucket(Math.min(...years)));
    }
    expect(dimension.question).toMatch(/earliest documented Open Dialogue event/);
  });

  it('never rates a value or milestone high when it rests on the webinar page alone (speakers\' roles are medium)', () => {
    for (const c of data.countries) {
      const items = [...Object.entries(c.values), ...c.milestones.map((m) => [m.label, m] as const)];
      for (const [what, v] of items) {
        if (v.strength === 'high') expect(v.sources.filter((s) => s !== 'care-webinar-2022'), `${c.id}: ${what}`).not.toHaveLength(0);
      }
    }
  });

  it('keeps speaker-reported values apart: each cites the webinar page', () => {
    for (const c of data.countries) {
      for (const v of Object.values(c.values)) if (v.confidence === 'reported') expect(v.sources).toContain('care-webinar-2022');
      for (const m of c.milestones) if (m.confidence === 'reported') expect(m.sources).toContain('care-webinar-2022');
    }
  });
});
