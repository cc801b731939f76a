import { comparisonData } from '../../content/comparison';
import type { Slide } from '../../content/deck-schema';
import { absoluteUrl } from '../../lib/site-url';
import { compareHref, slideTitle } from './slide-info';

/**
 * A comparison slide on paper: the view's dimensions as a table of every country it shows (all four unless the view
 * names fewer), each value's level and, in full, its text, as the explorer's table view gives them.
 */
export function HandoutCompare({ slide, n, full }: { slide: Extract<Slide, { kind: 'compare' }>; n: number; full: boolean }) {
  const params = new URLSearchParams(slide.query);
  const pick = <T extends { id: string }>(all: readonly T[], param: string | null) => {
    const ids = param?.split(',').filter(Boolean);
    const chosen = ids?.map((id) => all.find((x) => x.id === id)).filter((x): x is T => x !== undefined);
    return chosen?.length ? chosen : [...all];
  };
  const countries = pick(comparisonData.countries, params.get('countries'));
  const dimensions = pick(comparisonData.dimensions, params.get('dims'));
  const href = compareHref(slide.query);
  return (
    <section className="handout-item handout-compare" aria-labelledby={`h-${n}`}>
      <p className="handout-kind"><span className="kind-badge">Comparison</span> <span className="muted">Slide {n}</span></p>
      <h2 id={`h-${n}`}>{slideTitle(slide)}</h2>
      {slide.caption && <p>{slide.caption}</p>}
      <table className="handout-table">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {countries.map((c) => <th key={c.id} scope="col">{c.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              {countries.map((c) => {
                const v = c.values[d.id];
                const level = v?.level ? d.levels.find((l) => l.id === v.level)?.label : undefined;
                return (
                  <td key={c.id}>
                    {!v ? 'Not documented' : <>{level && <strong>{level}</strong>}{(full || !level) && <>{level ? ': ' : ''}{v.text}</>}</>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="handout-link">The view online: {absoluteUrl(href)}</p>
    </section>
  );
}
