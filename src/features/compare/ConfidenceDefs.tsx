/** SVG pattern for "not documented" cells: hatching, so confidence never depends on colour. */
export const HATCH_ID = 'compare-hatch';

export function ConfidenceDefs({ id = HATCH_ID }: { id?: string }) {
  return (
    <defs>
      <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className="hatch-bg" width={8} height={8} />
        <line className="hatch-line" x1={0} y1={0} x2={0} y2={8} strokeWidth={2} />
      </pattern>
    </defs>
  );
}
