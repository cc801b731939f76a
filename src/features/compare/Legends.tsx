import type { ComparisonCountry } from '../../content/comparison-schema';
import { CONFIDENCE_LABELS, MILESTONE_LABELS, OKABE_ITO, shapePath } from './scales';
import type { EncodingsShown } from './shown-data';
import { milestoneTypesShown } from './timeline-layout';

/**
 * How to read a cell: words first; an ordered scale's track and tint, or a kind's tag; the outline for confidence.
 * It explains only the encodings the view uses (`shown`), so a view of kinds alone never mentions a track.
 */
export function MatrixLegend({ shown, reference }: { shown: EncodingsShown; reference?: string }) {
  return (
    <div className="chart-legend-block">
      <ul className="chart-legend" aria-label="How sure each value is">
        {shown.confidences.map((c) => (
          <li key={c}>
            <span className={`legend-box confidence-${c}`} aria-hidden="true" />
            {CONFIDENCE_LABELS[c]}
            {c === 'documented' ? ' (study, registry or organisation page)' : c === 'reported' ? ' (dashed outline)' : ' (hatched)'}
          </li>
        ))}
      </ul>
      <ul className="chart-legend" aria-label="How levels are shown">
        {shown.ordered && (
          <li>
            <span className="cell-track legend-track" aria-hidden="true">
              <span className="step is-below" />
              <span className="step is-on" />
              <span className="step" />
              <span className="step" />
            </span>
            <span>
              <strong>Ordered</strong> dimensions (“ordered: A → B” under the row name): the marked step and a deeper tint are
              further along the scale.
            </span>
          </li>
        )}
        {shown.kinds && (
          <li>
            <span className="cell-kind legend-kind" aria-hidden="true">
              Kind
            </span>
            <span>
              <strong>Kinds, no order</strong>: a named kind in a tag, with no track and no tint.
            </span>
          </li>
        )}
        {reference && (
          <li>
            <span className="cell-versus legend-versus" aria-hidden="true">
              = / ≠ Finland
            </span>
            <span>the same level as {reference}, or a different one (blank when either is not documented).</span>
          </li>
        )}
      </ul>
    </div>
  );
}

/** The legend of the milestone types shown (shapes and colours mean only these), as HTML so it wraps on small screens. */
export function TimelineLegend({ countries }: { countries: readonly ComparisonCountry[] }) {
  const { types, confidences } = milestoneTypesShown(countries);
  return (
    <div className="chart-legend-block">
      <ul className="chart-legend" aria-label="Milestone types">
        {types.map(({ type, index }) => (
          <li key={type}>
            <svg width={18} height={18} viewBox="-9 -9 18 18" aria-hidden="true">
              <path d={shapePath(index, 110)} fill={OKABE_ITO[index % OKABE_ITO.length]} className="point-glyph" />
            </svg>
            {MILESTONE_LABELS[type]}
          </li>
        ))}
        {confidences.includes('reported') && (
          <li>
            <svg width={22} height={18} viewBox="-11 -9 22 18" aria-hidden="true">
              {/* A dashed stroke, not a shape: shapes here mean milestone types only. */}
              <path d="M-9,0H9" className="point-glyph" strokeWidth={2} strokeDasharray="3 2" />
            </svg>
            Dashed outline: reported by a webinar speaker
          </li>
        )}
      </ul>
    </div>
  );
}
