import { getCard } from '../../content/cards';
import { useCardDetail } from './card-detail-context';
import { CardLink } from './CardLink';
import './backlinks.css';

/** Cards whose text links here, each with the sentence around the link (the link's words marked) so the reader sees why. */
export function Backlinks() {
  const links = useCardDetail().backlinks;
  return (
    <section aria-labelledby="backlinks-heading" className="card-section">
      <h2 id="backlinks-heading">Linked from</h2>
      {links.length === 0 ? (
        <p className="muted">No other card links here yet.</p>
      ) : (
        <ul className="backlinks">
          {links.map(({ from, context, mark }) => (
            <li key={from}>
              <CardLink id={from}>{getCard(from)?.title ?? from}</CardLink>
              <p className="backlink-context">
                {mark ? (
                  <>
                    {context.slice(0, mark[0])}
                    <mark>{context.slice(mark[0], mark[1])}</mark>
                    {context.slice(mark[1])}
                  </>
                ) : (
                  context
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
