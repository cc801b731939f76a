/**
 * Route module for `/decks/new`: names a new deck and starts it in this browser, then opens it in the builder. A
 * deck is made only when asked, so a visit (or a link checker) leaves no empty deck behind.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { saveDeck } from '../../../lib/deck-store';
import { newDeck } from '../../../lib/my-decks';
import { paths } from '../../../lib/paths';
import type { RouteHandle } from '../../../lib/start-mode';
import { usePageTitle } from '../../../ui/usePageTitle';
import { Field } from './Field';
import './builder.css';

export const handle: RouteHandle = { start: 'after-paint' };

export function Component() {
  usePageTitle('New deck', 'Make a deck for a workshop from the cards and the comparison explorer, in your browser.');
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [failed, setFailed] = useState(false);
  return (
    <article className="builder">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.decks()}>Decks</Link> <span aria-hidden="true">/</span> <Link to={paths.myDecks()}>Your decks</Link>
      </nav>
      <h1>New deck</h1>
      <p className="lead">
        A deck of your own, from the cards, their sections, comparison views and your own text. It is kept in this
        browser: no account, and nothing leaves your device until you share it. (The builder needs JavaScript.)
      </p>
      <form
        className="builder-new"
        onSubmit={(e) => {
          e.preventDefault();
          const deck = { ...newDeck(), ...(title.trim() ? { title: title.trim() } : {}) };
          if (saveDeck(deck)) navigate(paths.myDeck(deck.id), { replace: true });
          else setFailed(true);
        }}
      >
        <Field label="Title" hint="you can change it later">
          {(id) => <input id={id} value={title} placeholder="Untitled deck" onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <button type="submit" className="button">Start the deck</button>
      </form>
      {failed && <p className="notice" role="alert">This browser would not keep the deck (its storage is full or switched off).</p>}
    </article>
  );
}
