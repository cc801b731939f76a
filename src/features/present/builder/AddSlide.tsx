import { useMemo, useState } from 'react';
import { allCards } from '../../../content/cards';
import { comparisonData } from '../../../content/comparison';
import type { SlideSource } from '../../../content/deck-schema';
import type { CardMeta } from '../../../content/schema';
import { KIND_LABELS } from '../../../content/vocabulary';
import { compareQueryFrom } from '../../../lib/my-decks';
import { Field } from './Field';
import { useCardSections } from './useCardSections';

/** The explorer's views a slide can show (features/compare/url-state.ts reads `view`; the matrix is its default). */
const VIEWS = [
  ['', 'Matrix'],
  ['peers', 'Peer roles'],
  ['timeline', 'Timeline'],
  ['table', 'Table'],
] as const;

/** The cards grouped by kind, for the card picker. */
const cardsByKind = [...allCards.reduce((m, c) => m.set(c.kind, [...(m.get(c.kind) ?? []), c]), new Map<CardMeta['kind'], CardMeta[]>())];

function CardForm({ onAdd }: { onAdd: (s: SlideSource) => void }) {
  const [card, setCard] = useState('');
  const [section, setSection] = useState('');
  const list = useCardSections(card || undefined) ?? [];
  return (
    <form
      className="builder-add-form"
      aria-labelledby="add-card-h"
      onSubmit={(e) => {
        e.preventDefault();
        if (card) onAdd(section ? { kind: 'card', card, section } : { kind: 'card', card });
      }}
    >
      <h3 id="add-card-h">A card</h3>
      <Field label="Card">
        {(id) => (
        <select id={id} value={card} required onChange={(e) => (setCard(e.target.value), setSection(''))}>
          <option value="">Choose a card…</option>
          {cardsByKind.map(([kind, cards]) => (
            <optgroup key={kind} label={KIND_LABELS[kind].many}>
              {cards.map((c) => (
                <option key={c.id} value={c.id}>{c.title}</option>
              ))}
            </optgroup>
          ))}
        </select>
        )}
      </Field>
      <Field label="Shows">
        {(id) => (
          <select id={id} value={section} onChange={(e) => setSection(e.target.value)} disabled={!card}>
            <option value="">The whole card: title and summary</option>
            {list.map((s) => (
              <option key={s} value={s}>Section: {s}</option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button">Add the card</button>
    </form>
  );
}

function CompareForm({ onAdd }: { onAdd: (s: SlideSource) => void }) {
  const [view, setView] = useState('');
  const [countries, setCountries] = useState<string[]>(() => comparisonData.countries.map((c) => c.id));
  const [link, setLink] = useState('');
  const pasted = compareQueryFrom(link);
  const picked = useMemo(() => {
    const q = new URLSearchParams();
    if (view) q.set('view', view);
    if (countries.length < comparisonData.countries.length) q.set('countries', countries.join(','));
    return q.toString().replace(/%2C/g, ',');
  }, [view, countries]);
  const viewName = VIEWS.find(([v]) => v === view)![1];
  const names = comparisonData.countries.filter((c) => countries.includes(c.id)).map((c) => c.name);
  return (
    <form
      className="builder-add-form"
      aria-labelledby="add-compare-h"
      onSubmit={(e) => {
        e.preventDefault();
        if (link.trim() && pasted !== undefined) onAdd({ kind: 'compare', title: 'Comparison view', query: pasted });
        else if (!link.trim() && countries.length) onAdd({ kind: 'compare', title: `${viewName}: ${names.join(', ')}`, query: picked });
      }}
    >
      <h3 id="add-compare-h">A comparison view</h3>
      <Field label="View">
        {(id) => (
          <select id={id} value={view} onChange={(e) => setView(e.target.value)}>
            {VIEWS.map(([v, name]) => (
              <option key={v} value={v}>{name}</option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="builder-countries">
        <legend>Countries</legend>
        {comparisonData.countries.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={countries.includes(c.id)}
              onChange={(e) => setCountries((list) => comparisonData.countries.map((x) => x.id).filter((id) => (id === c.id ? e.target.checked : list.includes(id))))}
            />{' '}
            {c.name}
          </label>
        ))}
      </fieldset>
      <Field label="Or paste a link from the explorer" hint="any view you set up there">
        {(id) => <input id={id} value={link} onChange={(e) => setLink(e.target.value)} aria-invalid={(link.trim() !== '' && pasted === undefined) || undefined} />}
      </Field>
      {link.trim() !== '' && pasted === undefined && <p className="builder-error">That is a link to another page, not to the comparison explorer.</p>}
      <button type="submit" className="button" disabled={link.trim() ? pasted === undefined : countries.length === 0}>Add the view</button>
    </form>
  );
}

function TextForm({ onAdd }: { onAdd: (s: SlideSource) => void }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  return (
    <form
      className="builder-add-form"
      aria-labelledby="add-text-h"
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return;
        onAdd({ kind: 'text', title: title.trim(), ...(body.trim() ? { body: body.trim() } : {}), sources: [] });
        setTitle('');
        setBody('');
      }}
    >
      <h3 id="add-text-h">Free text</h3>
      <Field label="Title">{(id) => <input id={id} value={title} required onChange={(e) => setTitle(e.target.value)} />}</Field>
      <Field label="Text" hint="markdown: - lists, **bold**, [[card-id]] links">
        {(id) => <textarea id={id} value={body} rows={4} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <button type="submit" className="button">Add the text slide</button>
    </form>
  );
}

/** Ways to add a slide at the end of the deck: a card or one of its sections, a comparison view, free text. */
export function AddSlide({ onAdd }: { onAdd: (s: SlideSource) => void }) {
  return (
    <section className="builder-add" aria-labelledby="add-h">
      <h2 id="add-h">Add a slide</h2>
      <p className="muted">
        Or, while reading, use <strong>Add to a deck</strong> on any card page or in the comparison explorer.
      </p>
      <CardForm onAdd={onAdd} />
      <CompareForm onAdd={onAdd} />
      <TextForm onAdd={onAdd} />
    </section>
  );
}
