import type { CardKind } from '../content/schema';
import { kindShapePath } from './kind-shapes';
import './kind-marks.css';

/** A kind's shape filled with its colour, as an SVG path centred on (0, 0). */
export function KindMark({ kind, r, className = '' }: { kind: CardKind; r: number; className?: string }) {
  return <path d={kindShapePath(kind, r)} className={`kind-mark kind-fill-${kind} ${className}`} />;
}

/** The same mark as a small inline image, for legends and lists (decorative: the kind is named beside it). */
export function KindIcon({ kind, size = 16 }: { kind: CardKind; size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="-10 -10 20 20" className="kind-icon">
      <KindMark kind={kind} r={6.5} />
    </svg>
  );
}
