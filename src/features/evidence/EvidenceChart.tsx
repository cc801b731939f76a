import { useEffect, useRef, useState } from 'react';
import { APPROACH_LABELS, DESIGN_LABELS } from '../../content/evidence-vocabulary';
import type { Study } from '../../content/evidence-schema';
import { layoutEvidence, ROW_HEIGHT } from './evidence-layout';
import { formatFollowUp } from './evidence-summary';

/** Width before the page is measured (prerendered HTML): the height does not depend on it, so nothing shifts. */
const DEFAULT_WIDTH = 720;

/** Follows the chart's box width, so the layout is computed for the space it has (labels, ticks). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

// Starts with the mark's visible label, so the name heard matches the name seen (WCAG 2.5.3).
const describe = (s: Study) =>
  `${s.short}: ${s.title} (${s.authors}, ${s.year.value}): ${DESIGN_LABELS[s.design.value].toLowerCase()}, ` +
  `${typeof s.n.value === 'number' ? `${s.n.value} people` : 'number of people not reported'}, ` +
  `follow-up ${formatFollowUp(s.followUpMonths.value)}${s.results.value === 'published' ? '' : ', results not found as published'}. ` +
  `${APPROACH_LABELS[s.approach.value]}.`;

/** Year against design, one mark per study; each mark links to the study's row in the table. */
export function EvidenceChart({ all, shown }: { all: readonly Study[]; shown: readonly Study[] }) {
  const { ref, width } = useWidth();
  const layout = layoutEvidence(all, shown, width);
  const byId = new Map(shown.map((s) => [s.id, s]));
  return (
    <div className="evidence-chart" ref={ref}>
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={`Chart: ${shown.length} studies by year of publication and design. Each mark links to its row in the table below.`}
      >
        <g aria-hidden="true">
          {layout.rows.map((r, i) => (
            <g key={r.design} className="evidence-row">
              {i % 2 === 0 && <rect x={0} y={r.top} width={layout.width} height={ROW_HEIGHT} className="evidence-row-band" />}
            </g>
          ))}
          {layout.ticks.map((t) => (
            <g key={t.year} className="evidence-tick">
              <line x1={t.x} x2={t.x} y1={layout.rows[0]?.top ?? 0} y2={layout.height - 30} />
              <text x={t.x} y={layout.height - 12} textAnchor="middle">
                {t.year}
              </text>
            </g>
          ))}
        </g>
        {layout.marks.map((m) => {
          const s = byId.get(m.id)!;
          return (
            <a key={m.id} href={`#study-${m.id}`} className={`evidence-mark approach-${s.approach.value}`} aria-label={describe(s)}>
              {m.followUp && (
                <g className="evidence-follow-up">
                  <line x1={m.followUp.x1} x2={m.x} y1={m.y} y2={m.y} />
                  <line x1={m.followUp.x1} x2={m.followUp.x1} y1={m.y - 5} y2={m.y + 5} />
                </g>
              )}
              <path
                d={m.path}
                transform={`translate(${m.x},${m.y})`}
                className={`evidence-shape${m.hollow ? ' is-hollow' : ''}${m.sized ? '' : ' is-unsized'}`}
              />
              {m.label && (
                <text x={m.label.x} y={m.y + 4} textAnchor={m.label.anchor} className="evidence-label">
                  {s.short}
                </text>
              )}
            </a>
          );
        })}
        {/* Over the marks, so a large mark never hides the name of its row. */}
        <g aria-hidden="true">
          {layout.rows.map((r) => (
            <text key={r.design} x={8} y={r.top + 15} className="evidence-row-label">
              {r.label}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
