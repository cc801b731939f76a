import { useLocation } from 'react-router';
import { allCards } from '../../content/cards';
import type { CardKind } from '../../content/schema';
import { KIND_LABELS } from '../../content/vocabulary';
import { CardTile } from '../../ui/CardTile';
import { usePageTitle } from '../../ui/usePageTitle';
import { CardBrowse } from './CardBrowse';
import { filterCards } from './card-filters';

type Props = { kind?: CardKind; tag?: string };

/** What an old filter link asked for that does not exist (handed over by the redirect from `/cards?…`). */
function ignoredParts(state: unknown): string[] {
  const ignored = (state as { ignored?: unknown } | null)?.ignored;
  return Array.isArray(ignored) ? ignored.filter((i): i is string => typeof i === 'string') : [];
}

/** A list of cards: all of them (`/cards`), one kind (`/cards/kind/<kind>`) or one tag (`/tags/<tag>`). */
export function CardsListPage({ kind, tag }: Props) {
  const ignored = ignoredParts(useLocation().state);
  const shown = filterCards(allCards, { kind, tag });
  const heading = kind ? KIND_LABELS[kind].many : tag ? `Cards tagged “${tag}”` : 'Cards';
  usePageTitle(kind ? `${heading} — Cards` : heading);

  return (
    <div className="cards-list">
      <h1>{heading}</h1>
      <p className="lead">
        {kind || tag
          ? `${shown.length} of the ${allCards.length} cards in the knowledge base.`
          : 'Every concept in the knowledge base, from the approaches and their principles to the people, studies and countries. Browse them by kind or tag.'}
      </p>
      {ignored.length > 0 && (
        <p className="notice" role="status">
          The link asked for an unknown {ignored.join(' and ')}; that part was left out.
        </p>
      )}
      <CardBrowse kind={kind} tag={tag} />
      <ul className="card-grid" aria-label={kind || tag ? `${heading}: cards` : 'All cards'}>
        {shown.map((card) => (
          <li key={card.id}>
            <CardTile card={card} headingLevel={2} />
          </li>
        ))}
      </ul>
    </div>
  );
}
