import { Link } from 'react-router';
import type { CardMeta } from '../content/schema';
import { paths } from '../lib/paths';
import { KindBadge } from './KindBadge';

/** A card in a list: kind, linked title, one-sentence summary. */
export function CardTile({ card, headingLevel = 3 }: { card: CardMeta; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card-tile">
      <KindBadge kind={card.kind} />
      <Heading className="card-tile-title">
        <Link to={paths.card(card.id)}>{card.title}</Link>
      </Heading>
      <p>{card.summary}</p>
    </article>
  );
}
