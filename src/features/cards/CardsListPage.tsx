import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { allCards, allTags } from '../../content/cards';
import { CARD_KINDS, KIND_LABELS } from '../../content/vocabulary';
import { paths } from '../../lib/paths';
import { CardTile } from '../../ui/CardTile';
import { usePageTitle } from '../../ui/usePageTitle';
import { filterCards, parseCardFilter } from './card-filters';

/** All cards, filterable by kind and tag; the filter lives in the URL so it can be shared. */
export function CardsListPage() {
  const [params, setParams] = useSearchParams();
  const { filter, ignored } = parseCardFilter(params, allTags);
  const shown = filterCards(allCards, filter);
  const kindId = useId();
  const tagId = useId();
  usePageTitle(filter.kind ? `${KIND_LABELS[filter.kind].many} — Cards` : 'Cards');

  const update = (key: 'kind' | 'tag', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const kindsInUse = CARD_KINDS.filter((k) => allCards.some((c) => c.kind === k));

  return (
    <div className="cards-list">
      <h1>Cards</h1>
      <p className="lead">
        Every concept in the knowledge base, from the approaches and their principles to the people, studies and
        countries. Filter by kind or tag.
      </p>
      {ignored.length > 0 && (
        <p className="notice" role="status">
          This link asked for an unknown {ignored.join(' and ')}; that part of the filter was ignored.
        </p>
      )}
      <form className="filters" aria-label="Filter cards" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={kindId}>Kind</label>
          <select id={kindId} value={filter.kind ?? ''} onChange={(e) => update('kind', e.target.value)}>
            <option value="">All kinds</option>
            {kindsInUse.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k].many} ({allCards.filter((c) => c.kind === k).length})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={tagId}>Tag</label>
          <select id={tagId} value={filter.tag ?? ''} onChange={(e) => update('tag', e.target.value)}>
            <option value="">All tags</option>
            {allTags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        {(filter.kind || filter.tag) && (
          <Link to={paths.cards()} className="clear-filters" preventScrollReset replace>
            Clear filters
          </Link>
        )}
      </form>
      <p role="status" className="result-count">
        {shown.length === allCards.length
          ? `${shown.length} cards`
          : `${shown.length} of ${allCards.length} cards`}
      </p>
      {shown.length === 0 ? (
        <p>
          No card matches this filter. <Link to={paths.cards()}>Show all cards</Link>.
        </p>
      ) : (
        <ul className="card-grid" aria-label="Matching cards">
          {shown.map((card) => (
            <li key={card.id}>
              <CardTile card={card} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
