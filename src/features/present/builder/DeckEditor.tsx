import { useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { getCard } from '../../../content/cards';
import type { SlideSource } from '../../../content/deck-schema';
import { deleteDeck } from '../../../lib/deck-store';
import { addSlide, moveSlide, removeSlide, replaceSlide, slideLabel, updateDeck, type MyDeck } from '../../../lib/my-decks';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AddSlide } from './AddSlide';
import { DeckActions } from './DeckActions';
import { Field } from './Field';
import { Dropped } from './Dropped';
import { SlideItem } from './SlideItem';

const labelOf = (s: SlideSource) => slideLabel(s, (id) => getCard(id)?.title);

type Props = { deck: MyDeck; save: (next: MyDeck) => boolean; dropped?: readonly string[] };

/** Edits one deck: its title, summary and length, its slides (reordered by drag or by buttons), notes; adds slides. */
export function DeckEditor({ deck, save, dropped = [] }: Props) {
  usePageTitle(`Edit: ${deck.title}`);
  const navigate = useNavigate();
  const [announcement, setAnnouncement] = useState('');
  const [saveError, setSaveError] = useState(false);
  const [removed, setRemoved] = useState<{ slide: SlideSource; at: number }>();
  const [dragFrom, setDragFrom] = useState<number>();
  const [dragOver, setDragOver] = useState<number>();
  const focusAfterMove = useRef<{ at: number; up: boolean }>(undefined);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const count = deck.slides.length;

  const commit = (next: MyDeck) => setSaveError(!save(next));
  const move = (from: number, to: number, how: 'button' | 'drag') => {
    const next = moveSlide(deck, from, to);
    if (next === deck) return;
    commit(next);
    const at = Math.max(0, Math.min(to, count - 1));
    setAnnouncement(`“${labelOf(deck.slides[from])}” moved to position ${at + 1} of ${count}.`);
    if (how === 'button') focusAfterMove.current = { at, up: to < from };
  };
  const buttonRef = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  // After a move by button, focus stays on the moved slide's button (or its other one, at the deck's ends).
  useLayoutEffect(() => {
    const f = focusAfterMove.current;
    if (!f) return;
    focusAfterMove.current = undefined;
    const [same, other] = f.up ? ['up', 'down'] : ['down', 'up'];
    const button = buttons.current.get(`${f.at}:${same}`);
    (button && !button.disabled ? button : buttons.current.get(`${f.at}:${other}`))?.focus();
  });
  const remove = (at: number) => {
    setRemoved({ slide: deck.slides[at], at });
    commit(removeSlide(deck, at));
    setAnnouncement(`Removed “${labelOf(deck.slides[at])}”.`);
  };
  const add = (slide: SlideSource) => {
    commit(addSlide(deck, slide));
    setAnnouncement(`Added “${labelOf(slide)}” as slide ${count + 1}.`);
  };
  const dragProps = (i: number) => ({
    over: dragOver === i && dragFrom !== i,
    onStart: () => setDragFrom(i),
    onOver: (e: DragEvent) => {
      if (dragFrom === undefined) return;
      e.preventDefault();
      setDragOver(i);
    },
    onDrop: () => {
      if (dragFrom !== undefined) move(dragFrom, i, 'drag');
      setDragFrom(undefined);
      setDragOver(undefined);
    },
    onEnd: () => (setDragFrom(undefined), setDragOver(undefined)),
    // A finger drags the handle with pointer events (HTML drag and drop is for a mouse): the slide under the finger
    // is the target, and lifting it drops there.
    onTouchOver: (target: number | undefined) => setDragOver(target),
    onTouchDrop: () => {
      if (dragFrom !== undefined && dragOver !== undefined) move(dragFrom, dragOver, 'drag');
      setDragFrom(undefined);
      setDragOver(undefined);
    },
  });

  return (
    <article className="builder">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.decks()}>Decks</Link> <span aria-hidden="true">/</span> <Link to={paths.myDecks()}>Your decks</Link>
      </nav>
      <h1>{deck.title.trim() || 'Untitled deck'}</h1>
      <Dropped items={dropped} title="Some of this deck could not be opened, and was left out; the rest is here:" />
      {saveError && <p className="notice" role="alert">This browser would not save the last change (its storage is full or switched off).</p>}
      <div className="builder-columns">
        <div className="builder-main">
          <section className="builder-deck" aria-label="About the deck">
            <Field label="Title">{(id) => <input id={id} value={deck.title} onChange={(e) => commit(updateDeck(deck, { title: e.target.value }))} />}</Field>
            <Field label="Summary" hint="one sentence for the list of decks; at least 20 characters to contribute it">
              {(id) => <textarea id={id} rows={2} value={deck.summary} onChange={(e) => commit(updateDeck(deck, { summary: e.target.value }))} />}
            </Field>
            <Field className="builder-minutes" label="Minutes" hint="shown beside the speaker's timer">
              {(id) => (
              <input
                id={id}
                type="number"
                min={1}
                max={480}
                inputMode="numeric"
                value={deck.minutes ?? ''}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  commit(updateDeck(deck, { minutes: Number.isInteger(n) && n >= 1 && n <= 480 ? n : undefined }));
                }}
              />
              )}
            </Field>
          </section>
          <DeckActions
            deck={deck}
            onDelete={() => {
              if (!window.confirm(`Delete “${deck.title}” from this browser? A share link or exported file you made keeps it.`)) return;
              deleteDeck(deck.id);
              navigate(paths.myDecks());
            }}
          />
          <section aria-labelledby="slides-h">
            <h2 id="slides-h">Slides ({count})</h2>
            {count === 0 ? (
              <p className="muted">No slides yet: add a card, a comparison view or free text.</p>
            ) : (
              <p className="muted builder-hint">Drag a slide by its head (on a touch screen, by ⠿), or use its Move buttons.</p>
            )}
            <ol className="builder-slides">
              {deck.slides.map((slide, i) => (
                <SlideItem
                  // A slide has no id of its own: its place and content tell React which is which.
                  key={`${i}:${slide.kind}:${slide.kind === 'card' ? slide.card : ''}`}
                  slide={slide}
                  n={i + 1}
                  count={count}
                  label={labelOf(slide)}
                  onChange={(s) => commit(replaceSlide(deck, i, s))}
                  onMove={(to) => move(i, to, 'button')}
                  onRemove={() => remove(i)}
                  drag={dragProps(i)}
                  moveUpRef={buttonRef(`${i}:up`)}
                  moveDownRef={buttonRef(`${i}:down`)}
                />
              ))}
            </ol>
            <div className="builder-live" role="status">
              {announcement}
              {removed && announcement.startsWith('Removed') && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      commit(addSlide(deck, removed.slide, removed.at));
                      setAnnouncement(`Put back “${labelOf(removed.slide)}” as slide ${removed.at + 1}.`);
                      setRemoved(undefined);
                    }}
                  >
                    Undo
                  </button>
                </>
              )}
            </div>
          </section>
        </div>
        <AddSlide onAdd={add} />
      </div>
    </article>
  );
}
