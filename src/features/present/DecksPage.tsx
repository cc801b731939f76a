import { Link } from 'react-router';
import { allDecks } from '../../content/decks';
import { paths } from '../../lib/paths';
import { usePageTitle } from '../../ui/usePageTitle';
import './present.css';

/** `/decks`: every deck, to present on a projector or to print as a handout. */
export function DecksPage() {
  usePageTitle('Decks');
  return (
    <div className="decks-page">
      <h1>Decks</h1>
      <p className="lead">
        Slides built from the cards, for workshops and teaching. Present one full screen (a clicker works), open the
        speaker view for your notes, or print a handout. After one visit they also work without a network.
      </p>
      <p className="deck-actions">
        <Link className="button" to={paths.newDeck()}>Make your own deck</Link> <Link to={paths.myDecks()}>Your decks</Link>
      </p>
      <ul className="deck-list">
        {allDecks.map((deck) => (
          <li key={deck.id} className="deck-item">
            <h2 id={`deck-${deck.id}`}>{deck.title}</h2>
            <p>{deck.summary}</p>
            <p className="muted">
              {deck.slides.length} slides{deck.minutes ? ` · about ${deck.minutes} minutes` : ''}
            </p>
            <p className="deck-actions">
              <Link className="button" to={paths.present(deck.id)} aria-describedby={`deck-${deck.id}`}>
                Present
              </Link>
              <Link className="button" to={paths.handout(deck.id)} aria-describedby={`deck-${deck.id}`}>
                Print handout
              </Link>
              <Link className="button" to={paths.handout(deck.id, 'compact')} aria-describedby={`deck-${deck.id}`}>
                Compact handout
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <h2>Keys while presenting</h2>
      <dl className="key-list">
        <dt>→, ↓, Page Down, Space</dt>
        <dd>next slide</dd>
        <dt>←, ↑, Page Up, Shift+Space</dt>
        <dd>previous slide</dd>
        <dt>Home, End</dt>
        <dd>first, last slide</dd>
        <dt>f</dt>
        <dd>full screen</dd>
        <dt>o</dt>
        <dd>overview of all slides</dd>
        <dt>q</dt>
        <dd>QR code of the slide, for phones</dd>
        <dt>s</dt>
        <dd>speaker view (notes, next slide, timer) in a second window</dd>
      </dl>
    </div>
  );
}
