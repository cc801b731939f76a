import { Link } from 'react-router';
import type { ComparisonCountry, Dimension, Milestone } from '../../content/comparison-schema';
import type { Source } from '../../content/schema';
import { CONFIDENCE_LABELS, levelGlyph, MILESTONE_LABELS } from './scales';
import { SourceRefs } from './SourceRefs';
import { formatMilestoneDate } from './TimelineChart';

export type DetailsTarget =
  | { kind: 'cell'; country: ComparisonCountry; dimension: Dimension }
  | { kind: 'milestone'; country: ComparisonCountry; milestone: Milestone };

type Props = { target?: DetailsTarget; sourceOf: (id: string) => Source | undefined; sourceHref: (id: string) => string };

/** The text, confidence and sources of the cell or milestone under the pointer or focus. */
export function ValueDetails({ target, sourceOf, sourceHref }: Props) {
  if (!target) {
    return (
      <aside className="value-details" aria-label="Details">
        <p className="muted">Point at or move the focus to a cell to read its text, how sure it is and its sources.</p>
      </aside>
    );
  }
  if (target.kind === 'milestone') {
    const { country, milestone } = target;
    return (
      <aside className="value-details" aria-label="Details">
        <p className="eyebrow">
          {country.name} · {MILESTONE_LABELS[milestone.type]}
        </p>
        <h2 className="details-title">{formatMilestoneDate(milestone.date)}</h2>
        <p>{milestone.label}</p>
        <p className={`confidence-badge confidence-${milestone.confidence}`}>
          {CONFIDENCE_LABELS[milestone.confidence]}
          {milestone.strength ? ` (${milestone.strength})` : ''}
        </p>
        <h3 className="details-sub">Sources</h3>
        <SourceRefs ids={milestone.sources} sourceOf={sourceOf} hrefOf={sourceHref} />
        <Link to={country.values.start?.href ?? country.href}>Open the {country.name} card</Link>
      </aside>
    );
  }
  const { country, dimension } = target;
  const value = country.values[dimension.id];
  const glyph = levelGlyph(dimension, value.level);
  return (
    <aside className="value-details" aria-label="Details">
      <p className="eyebrow">
        {country.name} · {dimension.label}
      </p>
      <h2 className="details-title">{glyph?.label ?? 'Not documented'}</h2>
      <p className="muted details-question">{dimension.question}</p>
      <p>{value.text}</p>
      <p className={`confidence-badge confidence-${value.confidence}`}>
        {CONFIDENCE_LABELS[value.confidence]}
        {value.strength ? ` (${value.strength})` : ''}
      </p>
      {glyph && (
        <p className="muted details-scale">
          Level {glyph.index + 1} of {glyph.count} ({dimension.scale === 'ordinal' ? 'ordered scale' : 'kinds, no order'}):{' '}
          {dimension.levels[glyph.index].definition}
        </p>
      )}
      <h3 className="details-sub">{value.confidence === 'not-documented' ? 'Sources read' : 'Sources'}</h3>
      <SourceRefs ids={value.sources} sourceOf={sourceOf} hrefOf={sourceHref} />
      <Link to={value.href}>Open the {country.name} card</Link>
    </aside>
  );
}
