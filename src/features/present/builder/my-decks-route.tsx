/** Route module for `/decks/mine`: the trainer's decks in this browser, a new one, and importing a deck file. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths, presentedId } from '../../../lib/paths';
import type { RouteHandle } from '../../../lib/start-mode';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useMyDecks } from '../../../ui/useMyDecks';
import { Field } from './Field';
import { known } from './resolve-deck';
import { saveReadDeck } from './save-read-deck';
import './builder.css';

export const handle: RouteHandle = { start: 'after-paint' };

function ImportFile() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  return (
    <div className="builder-import">
      <Field label="Import a deck file" hint="a content/decks/<id>.yaml file, from this site or exported here">
        {(id) => (
        <input
          id={id}
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            const { deckFromYaml } = await import('../../../lib/deck-yaml');
            const read = deckFromYaml(await file.text(), known, file.name);
            if ('error' in read) return setError(read.error);
            if (read.deck.slides.length === 0) return setError(`Nothing in ${file.name} could be used: ${read.dropped.join('; ') || 'it has no slides'}.`);
            const saved = saveReadDeck(read.deck);
            if (!saved) return setError('This browser would not keep the deck (its storage is full or switched off).');
            navigate(paths.myDeck(saved.id), { state: { dropped: read.dropped } });
          }}
        />
        )}
      </Field>
      {error && <p className="notice" role="alert">{error}</p>}
    </div>
  );
}

export function Component() {
  usePageTitle('Your decks', 'Decks you made in this browser from the knowledge base: present, print, share and export them.');
  const decks = useMyDecks();
  return (
    <article className="builder">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.decks()}>Decks</Link>
      </nav>
      <h1>Your decks</h1>
      <p className="lead">
        Build a talk from the cards and the comparison explorer: no account, no build step. Your decks stay in this
        browser (offline too); a share link or an exported file takes one to another device or into the site.
      </p>
      <p>
        <Link className="button" to={paths.newDeck()}>New deck</Link>
      </p>
      {decks === undefined ? (
        <p className="muted">Loading the decks kept in this browser… (this page needs JavaScript)</p>
      ) : decks.length === 0 ? (
        <p className="muted">No decks in this browser yet.</p>
      ) : (
        <ul className="builder-deck-list">
          {decks.map((d) => (
            <li key={d.id}>
              <h2><Link to={paths.myDeck(d.id)}>{d.title.trim() || 'Untitled deck'}</Link></h2>
              <p className="muted">
                {d.slides.length} slide{d.slides.length === 1 ? '' : 's'}
                {d.minutes ? ` · about ${d.minutes} min` : ''} · changed {new Date(d.updated).toLocaleDateString()}
              </p>
              <p className="builder-action-row">
                <Link to={paths.myDeck(d.id)} aria-label={`Edit: ${d.title}`}>Edit</Link>
                {d.slides.length > 0 && (
                  <>
                    <Link to={paths.present(presentedId(d.id))} aria-label={`Present: ${d.title}`}>Present</Link>
                    <Link to={paths.handout(presentedId(d.id))} aria-label={`Handout: ${d.title}`}>Handout</Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ImportFile />
      <section aria-labelledby="contribute-h" className="builder-contribute">
        <h2 id="contribute-h">Contribute a deck</h2>
        <p>
          A good deck can ship with the site for every trainer. In its editor, choose <strong>Export as YAML</strong>, save
          the file as <code>content/decks/&lt;id&gt;.yaml</code> in the project, and propose it; the build checks every
          card, section and source it names. How to write one by hand: <code>src/features/present/builder/README.md</code> in the project.
        </p>
      </section>
    </article>
  );
}
