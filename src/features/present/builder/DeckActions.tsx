import { useState } from 'react';
import { Link } from 'react-router';
import { encodeDeck } from '../../../lib/deck-share';
import type { MyDeck } from '../../../lib/my-decks';
import { paths, presentedId } from '../../../lib/paths';
import { download } from '../../../lib/download';
import { Field } from './Field';

/** Present, print, share and export one deck. */
export function DeckActions({ deck, onDelete }: { deck: MyDeck; onDelete: () => void }) {
  const [share, setShare] = useState<string>();
  const [status, setStatus] = useState('');
  const empty = deck.slides.length === 0;
  const showShare = async () => {
    const url = new URL(paths.sharedDeck(encodeDeck(deck)), window.location.origin).href;
    setShare(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('The share link is copied. Anyone who opens it gets a copy of this deck in their browser.');
    } catch {
      setStatus('Copy the share link below. Anyone who opens it gets a copy of this deck in their browser.');
    }
  };
  const exportFile = async () => {
    const { deckToYaml, fileIdFor } = await import('../../../lib/deck-yaml');
    download(deckToYaml(deck), `${fileIdFor(deck.title)}.yaml`, 'application/yaml');
    setStatus(`Saved ${fileIdFor(deck.title)}.yaml. To contribute it, see "Contribute a deck" on the list of your decks.`);
  };
  return (
    <section className="builder-actions" aria-label="Present, share and export">
      {empty ? (
        <p className="muted">Add a slide to present, print, share or export this deck.</p>
      ) : (
        <p className="builder-action-row">
          <Link className="button" to={paths.present(presentedId(deck.id))}>Present</Link>
          <Link className="button" to={paths.handout(presentedId(deck.id))}>Handout</Link>
          <button type="button" className="button" onClick={() => void showShare()}>Share link</button>
          <button type="button" className="button" onClick={() => void exportFile()}>Export as YAML</button>
          <button type="button" className="button builder-delete" onClick={onDelete}>Delete deck</button>
        </p>
      )}
      {share && (
        <Field className="builder-share" label="Share link" hint={`${share.length} characters; the deck travels in the link, no server keeps it`}>
          {(id) => <input id={id} readOnly value={share} onFocus={(e) => e.currentTarget.select()} />}
        </Field>
      )}
      <p role="status" className="builder-status">{status}</p>
    </section>
  );
}
