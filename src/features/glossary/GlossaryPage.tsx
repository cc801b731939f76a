import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import { glossaryEntries, termAnchor } from '../../content/glossary';
import { GLOSSARY_LANGUAGES, LANGUAGE_NAMES } from '../../content/languages';
import { getSource } from '../../content/sources';
import { paths } from '../../lib/paths';
import { Citation } from '../../ui/Citation';
import { usePageTitle } from '../../ui/usePageTitle';
import './glossary.css';

/** Sources in order of first use, so each translation can cite them by number. */
function numberSources(): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const e of glossaryEntries) for (const t of e.translations) for (const s of t.sources) {
    if (!numbers.has(s)) numbers.set(s, numbers.size + 1);
  }
  return numbers;
}

/** "a, b, c or d": the list of languages, joined as a sentence says it. */
const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/** The key terms, each with a definition, its card and its names in Czech, Dutch, Estonian and Finnish where sourced. */
export function GlossaryPage() {
  usePageTitle('Glossary');
  const numbers = numberSources();
  return (
    <div className="glossary-page">
      <h1>Glossary</h1>
      <p className="lead">
        The key terms of Open Dialogue, Peer-supported Open Dialogue and the CARe model, each with a short definition
        and the card that explains it.
      </p>
      <p>
        Terms are given in {orList(GLOSSARY_LANGUAGES.map((l) => LANGUAGE_NAMES[l]))} only where a source shows the
        term in use; each translation names its sources by number. Where no source was found, the language is left out
        rather than guessed.
      </p>
      <nav aria-label="Terms" className="glossary-index">
        <ul>
          {glossaryEntries.map((e) => (
            <li key={e.term}>
              <a href={`#${termAnchor(e.term)}`}>{e.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="glossary-entries">
        {glossaryEntries.map((e) => (
          <section key={e.term} id={termAnchor(e.term)} className="glossary-entry" aria-labelledby={`${termAnchor(e.term)}-term`}>
            <h2 id={`${termAnchor(e.term)}-term`}>{e.term}</h2>
            <p>{e.definition}</p>
            <p>
              Read the card: <Link to={paths.card(e.card)}>{getCard(e.card)!.title}</Link>
            </p>
            {e.translations.length > 0 ? (
              <dl className="glossary-translations" aria-label={`${e.term} in other languages`}>
                {e.translations.map((t) => (
                  <div key={t.lang}>
                    <dt>{LANGUAGE_NAMES[t.lang]}</dt>
                    <dd>
                      <span lang={t.lang}>{t.term}</span>
                      {t.gloss && <> (“{t.gloss}”)</>}
                      {t.note && <span className="muted"> — {t.note}</span>}{' '}
                      <span className="glossary-refs">
                        (source{t.sources.length > 1 ? 's' : ''}{' '}
                        {[...t.sources].sort((a, b) => numbers.get(a)! - numbers.get(b)!).map((s, i) => (
                          <span key={s}>
                            {i > 0 && ', '}
                            <a href={`#glossary-source-${s}`} aria-label={`Source ${numbers.get(s)}: ${getSource(s)?.title ?? s}`}>
                              {numbers.get(s)}
                            </a>
                          </span>
                        ))}
                        )
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="muted">No sourced translation found.</p>
            )}
          </section>
        ))}
      </div>
      <section aria-labelledby="glossary-sources-heading" className="card-section">
        <h2 id="glossary-sources-heading">Sources of the translations</h2>
        <ol className="sources">
          {[...numbers.keys()].map((id) => {
            const source = getSource(id);
            return (
              <li key={id} id={`glossary-source-${id}`}>
                {source ? <Citation source={source} /> : id}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
