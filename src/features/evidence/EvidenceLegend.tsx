import type { ReactNode } from 'react';
import { APPROACHES, APPROACH_LABELS } from '../../content/evidence-vocabulary';
import { markPath, UNKNOWN_RADIUS, type EvidenceLayout } from './evidence-layout';

const Icon = ({ children, width = 28, height = 28 }: { children: ReactNode; width?: number; height?: number }) => (
  <svg width={width} height={height} viewBox={`${-width / 2} ${-height / 2} ${width} ${height}`} aria-hidden="true" className="legend-icon">
    {children}
  </svg>
);

/** The chart's key: shape for the approach, fill for results, size for people, the line for follow-up. */
export function EvidenceLegend({ sizes }: { sizes: EvidenceLayout['sizeLegend'] }) {
  return (
    <ul className="evidence-legend" aria-label="Key to the chart">
      {APPROACHES.map((a) => (
        <li key={a} className={`approach-${a}`}>
          <Icon>
            <path d={markPath(a, 8)} className="evidence-shape" />
          </Icon>
          {APPROACH_LABELS[a]}
        </li>
      ))}
      <li className="approach-open-dialogue">
        <Icon>
          <path d={markPath('open-dialogue', 8)} className="evidence-shape is-hollow" />
        </Icon>
        Hollow: results not found as published
      </li>
      <li className="approach-open-dialogue">
        <Icon>
          <path d={markPath('open-dialogue', UNKNOWN_RADIUS)} className="evidence-shape is-unsized" />
        </Icon>
        Small, dotted: number of people not reported
      </li>
      <li className="approach-open-dialogue">
        <Icon width={44}>
          <g className="evidence-follow-up">
            <line x1={-18} x2={12} y1={0} y2={0} />
            <line x1={-18} x2={-18} y1={-5} y2={5} />
          </g>
          <path d={markPath('open-dialogue', 5)} transform="translate(12,0)" className="evidence-shape" />
        </Icon>
        Line: length of follow-up, drawn back from the year of publication
      </li>
      <li className="legend-sizes approach-open-dialogue">
        {sizes.map((s) => (
          <span key={s.n}>
            <Icon width={Math.max(28, s.radius * 2 + 4)} height={Math.max(28, s.radius * 2 + 4)}>
              <path d={markPath('open-dialogue', s.radius)} className="evidence-shape" />
            </Icon>
            {s.n.toLocaleString('en-GB')}
          </span>
        ))}{' '}
        people (area)
      </li>
    </ul>
  );
}
