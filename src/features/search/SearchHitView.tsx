import { KIND_LABELS } from '../../content/vocabulary';
import type { SearchKind } from '../../content/search-data';
import { KindBadge } from '../../ui/KindBadge';
import type { SearchHit } from './engine';
import { Highlighted } from './Highlighted';
import { highlight, matchedAlias, snippetOf } from './snippet';

export function kindLabel(kind: SearchKind): string {
  return kind === 'glossary' ? 'Glossary' : KIND_LABELS[kind].one;
}

/** One result: title and kind, the other name that matched, and the passage that shows why it matched. */
export function SearchHitView({ hit, titleId }: { hit: SearchHit; titleId?: string }) {
  const alias = matchedAlias(hit.doc, hit.matched);
  return (
    <>
      <span className="search-hit-head">
        <span className="search-hit-title" id={titleId}>
          <Highlighted segments={highlight(hit.doc.title, hit.matched)} />
        </span>
        {hit.doc.kind === 'glossary' ? <span className="kind-badge">{kindLabel(hit.doc.kind)}</span> : <KindBadge kind={hit.doc.kind} />}
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
