import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import { cardIdFromHref, paths } from '../../lib/paths';
import { LinkPreview } from './LinkPreview';
import { useLinkPreview } from './useLinkPreview';

type Props = { id: string; to?: string; children: ReactNode; className?: string };

/** A link to a card that previews it on hover or keyboard focus. `to` keeps an anchor a body link may carry. */
export function CardLink({ id, to = paths.card(id), children, className }: Props) {
  const card = getCard(id);
  const anchor = useRef<HTMLAnchorElement>(null);
  const { open, linkProps, previewProps } = useLinkPreview();
  return (
    <>
      <Link ref={anchor} to={to} className={className} {...linkProps}>
        {children}
      </Link>
      {open && card && <LinkPreview card={card} anchor={anchor} previewProps={previewProps} />}
    </>
  );
}

/** The card a link points to, when it is an internal card link. */
export const linkedCardId = (href: string) => {
  const id = cardIdFromHref(href);
  return id && getCard(id) ? id : undefined;
};
