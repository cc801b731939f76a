import { Link } from 'react-router';
import { paths } from '../../lib/paths';

type Props = {
  query: string;
  suggestions: string[];
  /** In the dialog a suggestion replaces the query; on the page it is a link to its own results. */
  onSuggest?: (word: string) => void;
  /** Rendered inside the dialog: its links close it. */
  onLeave?: () => void;
};

/** What to do when nothing matched: never an empty box. */
export function NoResults({ query, suggestions, onSuggest, onLeave }: Props) {
  return (
    <div className="search-empty">
      <p>
        <strong>Nothing matches “{query.length > 80 ? `${query.slice(0, 80)}…` : query}”.</strong>
      </p>
      {suggestions.length > 0 && (
        <p>
          Did you mean{' '}
          {suggestions.map((word, i) => (
            <span key={word}>
              {i > 0 && (i === suggestions.length - 1 ? ' or ' : ', ')}
              {onSuggest ? (
                <button type="button" className="link-button" onClick={() => onSuggest(word)}>
                  {word}
                </button>
              ) : (
                <Link to={paths.search(word)}>{word}</Link>
              )}
            </span>
          ))}
          ?
        </p>
      )}
      <ul>
        <li>Check the spelling, or try fewer words.</li>
        <li>Try another name: an acronym (POD, ODDESSI), a translation (avatud dialoog) or a person.</li>
        <li>
          <Link to={paths.cards()} onClick={onLeave}>
            Browse all cards
          </Link>{' '}
          by kind and tag.
        </li>
      </ul>
    </div>
  );
}
