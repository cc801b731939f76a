import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { CardMeta } from '../../content/schema';
import { KindBadge } from '../../ui/KindBadge';
import { useCardDetail } from './card-detail-context';
import './link-preview.css';

const GAP = 8;
const MARGIN = 8;

type Props = {
  card: CardMeta;
  anchor: RefObject<HTMLElement | null>;
  previewProps: { id: string; onPointerEnter: () => void; onPointerLeave: () => void };
};

/**
 * A card's preview next to the link that points to it: below the link, or above when there is no room below,
 * never over it. It is a tooltip (the link's description), so it holds no focusable content.
 */
export function LinkPreview({ card, anchor, previewProps }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number }>();
  const excerpt = useCardDetail().excerpts[card.id];

  useLayoutEffect(() => {
    const link = anchor.current;
    const el = box.current;
    if (!link || !el) return;
    const r = link.getBoundingClientRect();
    const { offsetWidth: w, offsetHeight: h } = el;
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const below = r.bottom + GAP;
    const top = below + h > vh - MARGIN && r.top - GAP - h >= MARGIN ? r.top - GAP - h : below;
    const left = Math.max(MARGIN, Math.min(r.left, vw - w - MARGIN));
    setPos({ top, left });
  }, [anchor]);

  return createPortal(
    <div
      ref={box}
      role="tooltip"
      className="link-preview"
      style={pos ? { top: pos.top, left: pos.left } : { top: 0, left: 0, visibility: 'hidden' }}
      {...previewProps}
    >
      <KindBadge kind={card.kind} />
      <p className="link-preview-title">{card.title}</p>
      <p className="link-preview-summary">{card.summary}</p>
      {excerpt && <p className="link-preview-excerpt">{excerpt}</p>}
    </div>,
    document.body,
  );
}
