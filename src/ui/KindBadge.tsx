import { KIND_LABELS } from '../content/vocabulary';
import type { CardKind } from '../content/schema';

/** The kind of a card as a labelled badge; the text carries the meaning, the colour only helps. */
export function KindBadge({ kind }: { kind: CardKind }) {
  return <span className={`kind-badge kind-${kind}`}>{KIND_LABELS[kind].one}</span>;
}
