import { useState, type DragEvent, type Ref } from 'react';
import { getCard } from '../../../content/cards';
import type { SlideSource } from '../../../content/deck-schema';
import { compareQueryFrom } from '../../../lib/my-decks';
import { paths } from '../../../lib/paths';
import { Field } from './Field';
import { useCardSections } from './useCardSections';
import { useTouchDrag, type TouchDragTarget } from './useTouchDrag';

type Props = {
  slide: SlideSource;
  n: number;
  count: number;
  label: string;
  onChange: (slide: SlideSource) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** Drag and drop by mouse (HTML drag events) and by finger (pointer events on the handle): where a slide lands. */
  drag: TouchDragTarget & { onOver: (e: DragEvent) => void; onDrop: () => void; over: boolean };
  moveUpRef?: Ref<HTMLButtonElement>;
  moveDownRef?: Ref<HTMLButtonElement>;
};

const KIND_NAMES = { card: 'Card', compare: 'Comparison view', text: 'Text' } as const;

/** Empty text is no field at all in the deck file (the schema asks any text it has to be non-empty). */
const optional = (v: string) => (v.trim() ? v : undefined);

function TextField({ label, value, onChange, multiline, hint }: { label: string; value: string; onChange: (v: string) => void; multiline?: boolean; hint?: string }) {
  return (
    <Field label={label} hint={hint}>
      {(id) =>
        multiline ? <textarea id={id} value={value} rows={3} onChange={(e) => onChange(e.target.value)} /> : <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
      }
    </Field>
  );
}

function CardFields({ slide, onChange }: { slide: Extract<SlideSource, { kind: 'card' }>; onChange: Props['onChange'] }) {
  const sections = useCardSections(slide.card);
  const card = getCard(slide.card);
  return (
    <Field label="Shows">
      {(id) => (
        <>
          <select id={id} value={slide.section ?? ''} onChange={(e) => onChange({ ...slide, section: optional(e.target.value) })}>
            <option value="">The whole card: title and summary</option>
            {(sections ?? (slide.section ? [slide.section] : [])).map((s) => (
              <option key={s} value={s}>Section: {s}</option>
            ))}
          </select>
          {card && !slide.section && <p className="muted builder-card-summary">{card.summary}</p>}
          {card && <a className="builder-open" href={paths.card(card.id)} target="_blank" rel="noreferrer">Read the card (new tab)</a>}
        </>
      )}
    </Field>
  );
}

/** One slide of the deck being built: what it shows, its speaker notes, and buttons to move or remove it. */
export function SlideItem({ slide, n, count, label, onChange, onMove, onRemove, drag, moveUpRef, moveDownRef }: Props) {
  const [queryText, setQueryText] = useState(slide.kind === 'compare' ? slide.query : '');
  const touchDrag = useTouchDrag(drag);
  const badQuery = slide.kind === 'compare' && compareQueryFrom(queryText) === undefined;
  return (
    <li className={`builder-slide${drag.over ? ' is-drop-target' : ''}`} data-slide={n - 1} onDragOver={drag.onOver} onDrop={drag.onDrop} aria-labelledby={`slide-${n}-title`}>
      <div
        className="builder-slide-head"
        draggable
        onDragStart={(e) => {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', String(n));
          const li = e.currentTarget.parentElement;
          if (li) e.dataTransfer.setDragImage(li, 16, 16);
          drag.onStart();
        }}
        onDragEnd={drag.onEnd}
      >
        <span className="builder-handle" aria-hidden="true" title="Drag to move" {...touchDrag}>
          ⠿
        </span>
        <span className="builder-slide-n">{n}</span>
        <span className="kind-badge">{slide.kind === 'card' && slide.section ? 'Card section' : KIND_NAMES[slide.kind]}</span>
        <h3 id={`slide-${n}-title`} className="builder-slide-title">{label}</h3>
        <span className="builder-slide-buttons">
          <button ref={moveUpRef} type="button" className="button" disabled={n === 1} onClick={() => onMove(n - 2)} aria-label={`Move up: ${label}`}>
            Move up
          </button>
          <button ref={moveDownRef} type="button" className="button" disabled={n === count} onClick={() => onMove(n)} aria-label={`Move down: ${label}`}>
            Move down
          </button>
          <button type="button" className="button" onClick={onRemove} aria-label={`Remove: ${label}`}>
            Remove
          </button>
        </span>
      </div>
      <div className="builder-slide-fields">
        {slide.kind === 'card' && <CardFields slide={slide} onChange={onChange} />}
        {slide.kind === 'compare' && (
          <>
            <TextField label="Title" value={slide.title} onChange={(title) => onChange({ ...slide, title })} />
            <Field label="View" hint="a link from the comparison explorer, or its settings">
              {(id) => (
                <>
              <input
                id={id}
                value={queryText}
                aria-invalid={badQuery || undefined}
                aria-describedby={badQuery ? `slide-${n}-query-error` : undefined}
                onChange={(e) => {
                  setQueryText(e.target.value);
                  const query = compareQueryFrom(e.target.value);
                  if (query !== undefined) onChange({ ...slide, query });
                }}
              />
              {badQuery && <span id={`slide-${n}-query-error`} className="builder-error">That is a link to another page, not to the comparison explorer; the slide keeps its view.</span>}
              <a className="builder-open" href={paths.compare(slide.query)} target="_blank" rel="noreferrer">Open the view (new tab)</a>
                </>
              )}
            </Field>
            <TextField label="Caption" hint="optional" value={slide.caption ?? ''} onChange={(v) => onChange({ ...slide, caption: optional(v) })} />
          </>
        )}
        {slide.kind === 'text' && (
          <>
            <TextField label="Title" value={slide.title} onChange={(title) => onChange({ ...slide, title })} />
            <TextField
              label="Text"
              hint="markdown: - lists, **bold**, [[card-id]] links"
              multiline
              value={slide.body ?? ''}
              onChange={(v) => onChange({ ...slide, body: optional(v) })}
            />
          </>
        )}
        <TextField label="Speaker notes" hint="only the speaker view shows them" multiline value={slide.notes ?? ''} onChange={(v) => onChange({ ...slide, notes: optional(v) })} />
      </div>
    </li>
  );
}
