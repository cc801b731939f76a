import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import { getPath } from '../../content/paths';
import { webinar } from '../../content/webinar';
import { paths } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site-url';
import { useHandoutFooter } from '../../ui/handout-footer';
import { QrCode } from '../../ui/QrCode';
import { usePageTitle } from '../../ui/usePageTitle';
import './webinar.css';

/** Title of a card the content build has validated (ids here are checked against the cards at build time). */
const titleOf = (id: string) => getCard(id)!.title;

/**
 * `/webinar/handout`: the webinar on one sheet of A4 for attendees, with the host and speakers, the five questions
 * and where to read on for each (its guided path, with the address and a QR code).
 */
export function WebinarHandout() {
  usePageTitle('Webinar sheet');
  useHandoutFooter(absoluteUrl(paths.webinarHandout()));
  const people = [...webinar.people].sort((a, b) => (a.role === b.role ? 0 : a.role === 'host' ? -1 : 1));
  return (
    <article className="webinar-sheet">
      <header>
        <p className="eyebrow">Webinar · hosted by {titleOf(webinar.host)}</p>
        <h1>{webinar.title}</h1>
        <p className="webinar-sheet-links">
          This sheet online: {absoluteUrl(paths.webinarHandout())} · the follow-up page: {absoluteUrl(paths.webinar())} ·
          the event page, with the recording: {webinar.url}
        </p>
        <p className="webinar-sheet-actions">
          <button type="button" className="button" onClick={() => window.print()}>Print this sheet</button>{' '}
          <Link to={paths.webinar()}>Back to the webinar page</Link>
        </p>
      </header>
      <section aria-labelledby="sheet-people">
        <h2 id="sheet-people">Host and speakers</h2>
        <p className="muted">As the webinar page introduced them in 2022.</p>
        <ul className="webinar-sheet-people">
          {people.map((p) => (
            <li key={p.card}>
              <strong>{titleOf(p.card)}</strong>: {p.role === 'host' ? 'host' : `speaker for ${titleOf(p.country!)}`}, {titleOf(p.organisation)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sheet-questions">
        <h2 id="sheet-questions">The {webinar.questions.length} questions, and where to read on</h2>
        <ol className="webinar-sheet-questions">
          {webinar.questions.map((q) => {
            const path = getPath(q.path)!;
            const href = paths.guidedPath(path.id);
            return (
              <li key={q.card}>
                <QrCode value={absoluteUrl(href)} label={`QR code for the guided path ${path.title}`} />
                <h3>{titleOf(q.card)}</h3>
                <p>
                  Read on: the guided path <strong>{path.title}</strong> ({path.steps.length} cards), {absoluteUrl(href)}; the
                  question's card: {absoluteUrl(paths.card(q.card))}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
