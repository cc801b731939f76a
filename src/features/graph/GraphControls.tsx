import { useId, useState } from 'react';
import { allTags } from '../../content/cards';
import { CARD_KINDS, KIND_LABELS } from '../../content/vocabulary';
import { KindIcon } from '../../ui/KindMark';
import type { GraphCard } from './graph-model';
import type { GraphParams } from './graph-params';

type Props = {
  state: GraphParams;
  nodes: readonly GraphCard[];
  visibleCount: number;
  matches: readonly string[];
  update: (change: Partial<GraphParams>) => void;
  /** Bring the first match into view. */
  onFind: () => void;
};

/** Filters (kind, doubling as the legend, and tag) and search-as-you-type. */
export function GraphControls({ state, nodes, visibleCount, matches, update, onFind }: Props) {
  const tagId = useId();
  const searchId = useId();
  // The box keeps what is typed (spaces included); the URL keeps the trimmed query.
  const [text, setText] = useState(state.q);
  const kindsInUse = CARD_KINDS.filter((k) => nodes.some((n) => n.kind === k));
  const shown = state.kinds ?? kindsInUse;
  const toggle = (kind: (typeof CARD_KINDS)[number], on: boolean) => {
    const next = on ? [...shown, kind] : shown.filter((k) => k !== kind);
    update({ kinds: kindsInUse.every((k) => next.includes(k)) ? undefined : kindsInUse.filter((k) => next.includes(k)) });
  };
  return (
    <form className="graph-controls" aria-label="Graph filters and search" onSubmit={(e) => (e.preventDefault(), onFind())}>
      <fieldset className="graph-kinds">
        <legend>Kinds shown</legend>
        {kindsInUse.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={shown.includes(k)} onChange={(e) => toggle(k, e.target.checked)} />
            <KindIcon kind={k} /> {KIND_LABELS[k].many} <span className="muted">({nodes.filter((n) => n.kind === k).length})</span>
          </label>
        ))}
      </fieldset>
      <div className="graph-fields">
        <div className="field">
          <label htmlFor={tagId}>Tag</label>
          <select id={tagId} value={state.tag ?? ''} onChange={(e) => update({ tag: e.target.value || undefined })}>
            <option value="">All tags</option>
            {allTags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={searchId}>Find a card</label>
          <input
            id={searchId}
            type="search"
            value={text}
            placeholder="Title or other name"
            onChange={(e) => {
              setText(e.target.value);
              update({ q: e.target.value });
            }}
          />
        </div>
        <button type="submit" className="button" disabled={matches.length === 0}>
          Show first match
        </button>
        {(state.kinds || state.tag || state.q) && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setText('');
              update({ kinds: undefined, tag: undefined, q: '' });
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <p role="status" className="result-count">
        {visibleCount} of {nodes.length} cards shown
        {state.q ? `; ${matches.length === 0 ? 'no card matches' : matches.length === 1 ? '1 card matches' : `${matches.length} cards match`} “${state.q}”` : ''}
      </p>
    </form>
  );
}
