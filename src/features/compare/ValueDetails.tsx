import { Link } from 'react-router';
import type { ComparisonCountry, Dimension, Milestone } from '../../content/comparison-schema';
import type { Source } from '../../content/schema';
import { CONFIDENCE_LABELS, levelMark, MILESTONE_LABELS } from './scales';
import { SourceRefs } from './SourceRefs';
import { formatMilestoneDate } from './TimelineChart';

export type DetailsTarget =
  | { kind: 'cell'; country: ComparisonCountry; dimension: Dimension; reference?: ComparisonCountry }
  | { kind: 'milestone'; country: ComparisonCountry; milestone: Milestone };

type Props = {
  target?: DetailsTarget;
  /** What the view shows, for the hint before anything is chosen. */
  kind: 'cell' | 'milestone';
  sourceOf: (id: string) => Source | undefined;
  sourceHref: (id: string) => string;
};

const HINTS = {
  cell: 'Point at a cell, tap it or reach it with the Tab key to read what the sources say, how sure it is and where it comes from.',
  milestone: 'Point at a milestone, tap it or reach it with the Tab key (then the arrow keys) to read its date, what happened and its sources.',
};

/** The text, confidence and sources of the cell or milestone under the pointer or focus. */
export function ValueDetails({ target, kind, sourceOf, sourceHref }: Props) {
  if (!target) {
    return (
      <aside className="value-details" aria-label="Details">
        <p className="muted">{HINTS[kind]}</p>
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
  const { country, dimension, reference } = target;
  const value = country.values[dimension.id];
  const mark = levelMark(dimension, value.level);
  const ref = reference?.values[dimension.id];
  const refMark = ref && levelMark(dimension, ref.level);
  return (
    <aside className="value-details" aria-label="Details">
      <p className="eyebrow">
        {country.name} · {dimension.label}
      </p>
      <h2 className="details-title">{mark?.label ?? 'Not documented'}</h2>
      <p className="muted details-question">{dimension.question}</p>
      <p>{value.text}</p>
      <p className={`confidence-badge confidence-${value.confidence}`}>
        {CONFIDENCE_LABELS[value.confidence]}
        {value.strength ? ` (${value.strength})` : ''}
      </p>
      {mark && (
        <p className="muted details-scale">
          {mark.ordered ? `Level ${mark.index + 1} of ${mark.count} on an ordered scale` : `One of ${mark.count} kinds, with no order`}:{' '}
          {dimension.levels[mark.index].definition}
        </p>
      )}
      {reference && ref && (
        <p className="details-reference">
          In {reference.name}: <strong>{refMark?.label ?? 'not documented'}</strong>
          {refMark && mark ? (refMark.index === mark.index ? ' (the same level).' : ' (a different level).') : '.'}
        </p>
      )}
      <h3 className="details-sub">{value.confidence === 'not-documented' ? 'Sources read' : 'Sources'}</h3>
      <SourceRefs ids={value.sources} sourceOf={sourceOf} hrefOf={sourceHref} />
      <Link to={value.href}>Open the {country.name} card</Link>
    </aside>
  );
}
