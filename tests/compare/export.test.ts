/** The slide exports, built from the real comparison data: readable from the back of a room, nothing cut. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonData } from '../../src/content/comparison-schema';
import { loadAllContent } from '../../src/content/pipeline/collections';
import { exportCaption, exportMatrix, exportTimeline } from '../../src/features/compare/export-charts';
import { EXPORT_HEIGHT, EXPORT_WIDTH, frameSvg, measureFrame, MIN_FONT, wrapWords, type FrameText } from '../../src/features/compare/export-frame';
import { shownSources } from '../../src/features/compare/shown-data';
import { shortCitation } from '../../src/features/compare/SourceRefs';

let data: ComparisonData;
beforeAll(async () => {
  const { content } = await loadAllContent(path.resolve(import.meta.dirname, '../../content'));
  data = content!.modules.comparison as ComparisonData;
});

/** What a reader sees in the image: the words of every text element, its tspans joined. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<tspan[^>]*>/g, ' ').replace(/<\/tspan>/g, '').replace(/\s+/g, ' ').trim());
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function slide(view: 'matrix' | 'peers' | 'timeline', withReference = false) {
  const countries = withReference ? [data.reference!, ...data.countries] : data.countries;
  const dimensions = view === 'peers' ? data.dimensions.filter((d) => d.group === 'peer') : view === 'matrix' ? data.dimensions : [];
  const sources = shownSources(data, dimensions, countries, view === 'timeline').map((s) => shortCitation(s, true));
  const text: FrameText = {
    title: `Open Dialogue in four countries, compared: ${view}`,
    caption: exportCaption({ view, dimensions, countries, referenceId: withReference ? data.reference!.id : undefined }),
    sources: `Sources: ${sources.join('; ')}.`,
    date: 'Made 2 December 2026',
    link: 'https://kb.example.org/compare?view=' + view,
  };
  const box = measureFrame(text).chart;
  const chart = view === 'timeline' ? exportTimeline(countries, box) : exportMatrix({ dimensions, countries, referenceId: withReference ? data.reference!.id : undefined }, box);
  return { svg: frameSvg(text, chart), text, sources };
}

describe('slide exports', () => {
  it('wraps text into lines without dropping or cutting a word', () => {
    const long = 'Sources: Razzaque & Stockmann 2016; Kenniscentrum Phrenos: Over de Werkplaats Peer-supported Open Dialogue; tai.ee.';
    const lines = wrapWords(long, 300, 24);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(long);
  });

  it.each([
    ['peers', false],
    ['peers', true],
    ['timeline', false],
    ['matrix', true],
  ] as const)('%s (Finland shown: %s): text of at least 24 px, every source in full, no inline style, nothing cut', (view, ref) => {
    const { svg, text, sources } = slide(view, ref);
    expect(svg).toMatch(new RegExp(`^<svg[^>]*width="${EXPORT_WIDTH}"`));
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_FONT);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toContain('…');
    const shown = unescape(texts(svg).join(' '));
    for (const s of sources) expect(shown).toContain(s);
    expect(shown).toContain(text.caption);
    expect(shown).toContain(`${text.date} · ${text.link}`);
    for (const c of ref ? [data.reference!, ...data.countries] : data.countries) expect(shown).toContain(c.name.split(' (')[0]);
  });

  it('fits a 16:9 slide for Peer roles; the chart fills the frame across its width', () => {
    const { svg } = slide('peers');
    expect(svg).toMatch(new RegExp(`^<svg[^>]*height="${EXPORT_HEIGHT}"`));
    const xs = [...svg.matchAll(/<rect x="([\d.]+)"[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(Math.max(...xs)).toBeGreaterThan(EXPORT_WIDTH - 120);
  });

  it('captions a view with only the encodings it uses', () => {
    const timeline = exportCaption({ view: 'timeline', dimensions: [], countries: data.countries });
    expect(timeline).not.toMatch(/outline|hatch|tint|track/);
    expect(timeline).toContain('shape and colour');
    const peers = exportCaption({ view: 'peers', dimensions: data.dimensions.filter((d) => d.group === 'peer'), countries: data.countries });
    // Every peer dimension is ordered: no word on kinds; one Dutch value is reported, so the dashed outline is named.
    expect(peers).not.toContain('kind');
    expect(peers).toContain('hatched: not documented');
  });
});
