import { Fragment } from 'react';
import { getCard } from '../../content/cards';
import { useCardDetail } from './card-detail-context';
import { CardLink } from './CardLink';
import './backlinks.css';

/** How many backlinks show the sentence around their link; a hub's others are listed by name, to keep its page light. */
const WITH_CONTEXT = 10;

/** Cards whose text links here, each with the sentence around the link (the link's words marked) so the reader sees why. */
export function Backlinks() {
  const all = useCardDetail().backlinks;
  const links = all.slice(0, WITH_CONTEXT);
  const more = all.slice(WITH_CONTEXT);
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
      {more.length > 0 && (
        <p className="backlinks-more">
          Also linked from{' '}
          {more.map(({ from }, i) => (
            <Fragment key={from}>
              {i > 0 && (i === more.length - 1 ? ' and ' : ', ')}
              <CardLink id={from}>{getCard(from)?.title ?? from}</CardLink>
            </Fragment>
          ))}
          .
        </p>
      )}
    </section>
  );
}
