import { useState } from 'react';
import { download, svgToPng } from './export';
import { EXPORT_HEIGHT } from './export-frame';
import type { View } from './url-state';

type Props = {
  view: View;
  /** The slide image of the shown chart, or undefined for views without one. */
  image?: () => string;
  csv: () => string;
  fullscreen: { active: boolean; toggle: () => void };
};

/** Downloads (SVG and PNG of the chart, CSV of the shown data) and full screen. */
export function ExportBar({ view, image, csv, fullscreen }: Props) {
  const [status, setStatus] = useState('');
  const name = `open-dialogue-compare-${view}`;

  const save = async (kind: 'svg' | 'png') => {
    if (!image) return;
    try {
      const svg = image();
      if (kind === 'svg') download(svg, `${name}.svg`, 'image/svg+xml');
      else download(await svgToPng(svg), `${name}.png`, 'image/png');
      const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
      // Text never shrinks below a size read from the back of a room: a long view makes a taller image instead.
      const taller = height > EXPORT_HEIGHT ? ` It is 1920×${height}: these rows need more than one slide at a readable size; choose fewer dimensions for a 16:9 slide.` : '';
      setStatus(`Saved ${name}.${kind}.${taller}`);
    } catch (e) {
      setStatus(`The image could not be saved: ${(e as Error).message}`);
    }
  };
  const saveCsv = () => {
    download(csv(), `${name}.csv`, 'text/csv;charset=utf-8');
    setStatus(`Saved ${name}.csv.`);
  };

  return (
    <div className="export-bar" role="group" aria-label="Export and full screen">
      {image && (
        <>
          <button type="button" className="button" onClick={() => save('svg')}>
            Download SVG
          </button>
          <button type="button" className="button" onClick={() => save('png')}>
            Download PNG <span className="muted">(1920×1080, 2×)</span>
          </button>
        </>
      )}
      <button type="button" className="button" onClick={saveCsv}>
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
