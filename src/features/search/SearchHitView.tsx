import { KIND_LABELS } from '../../content/vocabulary';
import { OTHER_KIND_LABELS, type SearchDoc } from '../../content/search-data';
import { Highlighted } from '../../ui/Highlighted';
import type { SearchHit } from './engine';
import { highlight, matchedAlias, snippetOf } from './snippet';

/** What a result is, in words: "Card · Principle", "Section of Network meeting", "Deck", "Glossary term", … */
export function kindLabel(doc: Pick<SearchDoc, 'kind' | 'parent'>): string {
  if (doc.kind === 'section') return `${OTHER_KIND_LABELS.section} of ${doc.parent ?? 'a card'}`;
  if (doc.kind in OTHER_KIND_LABELS) return OTHER_KIND_LABELS[doc.kind as keyof typeof OTHER_KIND_LABELS];
  return `Card · ${KIND_LABELS[doc.kind as keyof typeof KIND_LABELS].one}`;
}

/** One result: title and what it is, the other name that matched, and the passage that shows why it matched. */
export function SearchHitView({ hit, titleId }: { hit: SearchHit; titleId?: string }) {
  const alias = matchedAlias(hit.doc, hit.matched);
  const isCard = hit.doc.kind in KIND_LABELS;
  return (
    <>
      <span className="search-hit-head">
        <span className="search-hit-title" id={titleId}>
          <Highlighted segments={highlight(hit.doc.title, hit.matched)} />
        </span>
        <span className={`kind-badge${isCard ? ` kind-${hit.doc.kind}` : ' search-kind'}`}>{kindLabel(hit.doc)}</span>
      </span>
      {alias && (
        <span className="search-hit-alias">
          also: <Highlighted segments={highlight(alias, hit.matched)} />
        </span>
      )}
      <span className="search-hit-snippet">
        <Highlighted segments={snippetOf(hit.doc, hit.matched)} />
      </span>
    </>
  );
}
