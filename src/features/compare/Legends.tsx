import { ConfidenceDefs } from './ConfidenceDefs';
import { CONFIDENCE_LABELS, CONFIDENCE_STROKE, OKABE_ITO, shapePath } from './scales';
import { CONFIDENCES } from '../../content/comparison-vocabulary';

const LEGEND_HATCH = 'compare-hatch-legend';

/** How to read a cell: position, shape and colour give the level; the outline gives the confidence. */
export function MatrixLegend() {
  return (
    <div className="chart-legend-block">
      <ul className="chart-legend" aria-label="Confidence">
        {CONFIDENCES.map((c) => (
          <li key={c}>
            <svg width={34} height={20} aria-hidden="true" className="legend-swatch">
              {c === 'not-documented' && <ConfidenceDefs id={LEGEND_HATCH} />}
              <rect
                className="cell-box"
                x={1}
                y={1}
                width={32}
                height={18}
                rx={4}
                strokeDasharray={CONFIDENCE_STROKE[c]}
                fill={c === 'not-documented' ? `url(#${LEGEND_HATCH})` : undefined}
              />
            </svg>
            {CONFIDENCE_LABELS[c]}
            {c === 'documented' ? ' (study, registry or organisation page)' : ''}
          </li>
        ))}
      </ul>
      <p className="legend-note">
        <svg width={96} height={16} viewBox="0 -8 96 16" aria-hidden="true" className="legend-swatch">
          <line className="cell-track" x1={4} x2={92} y1={0} y2={0} />
          {[12, 36, 60, 84].map((x, i) => (
            <path key={x} d={shapePath(i, 70)} transform={`translate(${x},0)`} fill={OKABE_ITO[i]} />
          ))}
        </svg>{' '}
        The marker's place on the track, its shape and its colour all show the level: further right is further along an
        ordered scale. Every cell also names its level in words.
      </p>
    </div>
  );
}
