import { Link } from 'react-router';
import { KIND_LABELS } from '../../content/vocabulary';
import type { BodyNode, CardDetail, CardMeta } from '../../content/schema';
import { cardSlideChoices } from '../../lib/card-sections';
import { paths } from '../../lib/paths';
import { AddToDeck } from '../../ui/AddToDeck';
import { KindBadge } from '../../ui/KindBadge';
import { usePageTitle } from '../../ui/usePageTitle';
import { Backlinks } from './Backlinks';
import { CardBody } from './CardBody';
import { CardDetailContext } from './card-detail-context';
import { LocalGraph } from './LocalGraph';
import { RelatedCards } from './RelatedCards';
import { SourceList } from './SourceList';

/** A concept card: what it is, its text, how it connects, and where every fact comes from. */
export function CardPage({ card, body, detail }: { card: CardMeta; body: readonly BodyNode[]; detail: CardDetail }) {
  usePageTitle(card.title, card.summary);
  return (
    <CardDetailContext value={detail}>
      <article className="card-page">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={paths.cards()}>Cards</Link> <span aria-hidden="true">/</span>{' '}
          <Link to={paths.cards({ kind: card.kind })}>{KIND_LABELS[card.kind].many}</Link>
        </nav>
        <header className="card-header">
          <KindBadge kind={card.kind} />
          <h1>{card.title}</h1>
          <p className="lead">{card.summary}</p>
          {card.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {card.tags.map((tag) => (
                <li key={tag}>
                  <Link to={paths.cards({ tag })}>#{tag}</Link>
                </li>
              ))}
            </ul>
          )}
          <AddToDeck choices={cardSlideChoices(card.id, body)} />
        </header>
        <CardBody body={body} />
        <RelatedCards id={card.id} />
        <Backlinks />
        <LocalGraph id={card.id} />
        <SourceList ids={card.sources} />
      </article>
    </CardDetailContext>
  );
}
