import { useState } from 'react';
import type { ComparisonCountry } from '../../content/comparison-schema';
import { buildExportSvg, download, svgToPng, type ExportFrame } from './export';
import { milestonesCsv, valuesCsv, type ValueRow } from './shown-data';
import type { View } from './url-state';

type Props = {
  view: View;
  isChart: boolean;
  chart: () => SVGSVGElement | null;
  frame: () => ExportFrame;
  rows: readonly ValueRow[];
  countries: readonly ComparisonCountry[];
  fullscreen: { active: boolean; toggle: () => void };
};

/** Downloads (SVG and PNG of the chart, CSV of the shown data) and full screen. */
export function ExportBar({ view, isChart, chart, frame, rows, countries, fullscreen }: Props) {
  const [status, setStatus] = useState('');
  const name = `open-dialogue-compare-${view}`;

  const image = async (kind: 'svg' | 'png') => {
    const svg = chart();
    if (!svg) return;
    const text = buildExportSvg(svg, frame());
    try {
      if (kind === 'svg') download(text, `${name}.svg`, 'image/svg+xml');
      else download(await svgToPng(text), `${name}.png`, 'image/png');
      setStatus(`Saved ${name}.${kind}.`);
    } catch (e) {
      setStatus(`The image could not be saved: ${(e as Error).message}`);
    }
  };
  const csv = () => {
    const text = view === 'timeline' ? milestonesCsv(countries) : valuesCsv(rows);
    download(text, `${name}.csv`, 'text/csv;charset=utf-8');
    setStatus(`Saved ${name}.csv.`);
  };

  return (
    <div className="export-bar" role="group" aria-label="Export and full screen">
      {isChart && (
        <>
          <button type="button" className="button" onClick={() => image('svg')}>
            Download SVG
          </button>
          <button type="button" className="button" onClick={() => image('png')}>
            Download PNG <span className="muted">(1920×1080, 2×)</span>
          </button>
        </>
      )}
      <button type="button" className="button" onClick={csv}>
        Download CSV
      </button>
      <button type="button" className="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
        {fullscreen.active ? 'Exit full screen' : 'Full screen'}
      </button>
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
