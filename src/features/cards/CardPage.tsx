import { Link } from 'react-router';
import { KIND_LABELS } from '../../content/vocabulary';
import type { BodyNode, CardDetail, CardMeta } from '../../content/schema';
import { cardSlideChoices } from '../../lib/card-sections';
import { paths } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site-url';
import { AddToDeck } from '../../ui/AddToDeck';
import { KindBadge } from '../../ui/KindBadge';
import { SITE_NAME, usePageTitle } from '../../ui/usePageTitle';
import { Backlinks } from './Backlinks';
import { CardBody } from './CardBody';
import { bodySections, TOC_MIN_SECTIONS } from './card-sections';
import { longDate } from './citation';
import { CiteCard } from './CiteCard';
import { CardDetailContext } from './card-detail-context';
import { LocalGraph } from './LocalGraph';
import { RelatedCards } from './RelatedCards';
import { SourceList } from './SourceList';
import { TableOfContents } from './TableOfContents';
import './card-extras.css';

/** A concept card: what it is, its text, how it connects, and where every fact comes from. */
export function CardPage({ card, body, detail }: { card: CardMeta; body: readonly BodyNode[]; detail: CardDetail }) {
  usePageTitle(card.title, card.summary);
  const sections = bodySections(body);
  const cited = { id: card.id, title: card.title, url: absoluteUrl(paths.card(card.id)), reviewed: card.reviewed, site: SITE_NAME };
  return (
    <CardDetailContext value={detail}>
      <article className="card-page">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={paths.cards()}>Cards</Link> <span aria-hidden="true">/</span>{' '}
          <Link to={paths.cardsOfKind(card.kind)}>{KIND_LABELS[card.kind].many}</Link>
        </nav>
        <header className="card-header">
          <KindBadge kind={card.kind} />
          <h1>{card.title}</h1>
          <p className="lead">{card.summary}</p>
          {card.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {card.tags.map((tag) => (
                <li key={tag}>
                  <Link to={paths.tag(tag)}>#{tag}</Link>
                </li>
              ))}
            </ul>
          )}
          <p className="card-reviewed">
            Last reviewed <time dateTime={card.reviewed}>{longDate(card.reviewed)}</time>
          </p>
          <CiteCard card={cited} />
          <AddToDeck choices={cardSlideChoices(card.id, body)} />
        </header>
        {card.practice && (
          <aside className="practice" aria-labelledby="practice-heading">
            <h2 id="practice-heading">What this means for practice</h2>
            <p>{card.practice}</p>
          </aside>
        )}
        {sections.length >= TOC_MIN_SECTIONS && (
          <TableOfContents sections={sections} />
        )}
        <CardBody body={body} />
        <RelatedCards id={card.id} />
        <Backlinks />
        <LocalGraph id={card.id} />
        <SourceList ids={card.sources} />
      </article>
    </CardDetailContext>
  );
}
