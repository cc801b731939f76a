import { Link } from 'react-router';
import { allCards, allTags } from '../../content/cards';
import type { CardKind } from '../../content/schema';
import { CARD_KINDS, KIND_LABELS } from '../../content/vocabulary';
import { paths } from '../../lib/paths';

const count = (match: (c: (typeof allCards)[number]) => boolean) => allCards.filter(match).length;

/**
 * Ways into the cards as plain links, one page per kind and per tag: they work without JavaScript, can be
 * bookmarked and are listed in the sitemap. The tags sit behind a disclosure so a phone sees the cards first.
 */
export function CardBrowse({ kind, tag }: { kind?: CardKind; tag?: string }) {
  const kinds = CARD_KINDS.filter((k) => allCards.some((c) => c.kind === k));
  const current = (here: boolean) => (here ? ('page' as const) : undefined);
  const kindChips = (
    <ul className="chips" aria-label="By kind">
      <li>
        <Link to={paths.cards()} aria-current={current(!kind && !tag)}>
          All cards <span className="chip-count">{allCards.length}</span>
        </Link>
      </li>
      {kinds.map((k) => (
        <li key={k}>
          <Link to={paths.cardsOfKind(k)} aria-current={current(k === kind)}>
            {KIND_LABELS[k].many} <span className="chip-count">{count((c) => c.kind === k)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
  const tags = (
    <details className="tag-browse" open={tag !== undefined}>
      <summary>Tags ({allTags.length})</summary>
      <TagChips current={tag} />
    </details>
  );
  return (
    <nav className="card-browse" aria-label="Browse cards">
      {kind || tag ? (
        // On a kind's or a tag's own page its cards come first; the other ways in are one press away.
        <details className="browse-more">
          <summary>Other kinds and tags</summary>
          {kindChips}
          {tags}
        </details>
      ) : (
        <>
          {kindChips}
          {tags}
        </>
      )}
    </nav>
  );
}

/** Every tag as a link to its page, with how many cards carry it; `current` is marked as the page's own. */
export function TagChips({ current }: { current?: string }) {
  return (
    <ul className="chips" aria-label="By tag">
      {allTags.map((t) => (
        <li key={t}>
          <Link to={paths.tag(t)} aria-current={t === current ? 'page' : undefined}>
            #{t} <span className="chip-count">{count((c) => c.tags.includes(t))}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
