import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import { getPath } from '../../content/paths';
import { getSource } from '../../content/sources';
import { webinar } from '../../content/webinar';
import { paths } from '../../lib/paths';
import { Citation } from '../../ui/Citation';
import { usePageTitle } from '../../ui/usePageTitle';
import './webinar.css';

/** Title of a card the content build has validated (ids here are checked against the cards at build time). */
const titleOf = (id: string) => getCard(id)!.title;

/** The webinar follow-up: the event, who spoke for which country, its five questions and a path for each. */
export function WebinarPage() {
  usePageTitle('Webinar follow-up');
  const source = getSource(webinar.source);
  const host = webinar.people.find((p) => p.role === 'host');
  const speakers = webinar.people.filter((p) => p.role === 'speaker');
  return (
    <article className="webinar-page">
      <header className="card-header">
        <p className="eyebrow">Webinar follow-up · hosted by {titleOf(webinar.host)}</p>
        <h1>{webinar.title}</h1>
        <p className="lead">{webinar.about}</p>
        <ul className="webinar-facts">
          <li>
            Hosted by <Link to={paths.card(webinar.host)}>{titleOf(webinar.host)}</Link>
            {host && (
              <>
                , with <Link to={paths.card(host.card)}>{titleOf(host.card)}</Link> as host
              </>
            )}
          </li>
          <li>
            Event page, with the recording (updated {webinar.updated}):{' '}
            <a href={webinar.url} rel="noreferrer">
              {webinar.url.replace(/^https?:\/\/(www\.)?/, '')}
            </a>
          </li>
          <li>
            About the event: <Link to={paths.card(webinar.card)}>{titleOf(webinar.card)}</Link>
          </li>
          <li>
            For attendees: <Link to={paths.webinarHandout()}>the webinar on one printed page</Link> (the speakers, the
            questions, and where to read on)
          </li>
        </ul>
      </header>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">Host and speakers</h2>
        <p className="muted">As introduced on the webinar page (2022); their roles may have changed since.</p>
        <ul className="webinar-people" aria-label="Host and speakers">
          {[...(host ? [host] : []), ...speakers].map((p) => (
            <li key={p.card} className="webinar-person">
              <h3>
                <Link to={paths.card(p.card)}>{titleOf(p.card)}</Link>
              </h3>
              <p className="webinar-person-role">
                {p.role === 'host' ? (
                  'Host'
                ) : (
                  <>
                    Speaker for <Link to={paths.card(p.country!)}>{titleOf(p.country!)}</Link>
                  </>
                )}{' '}
                · <Link to={paths.card(p.organisation)}>{titleOf(p.organisation)}</Link>
              </p>
              <p>{p.introduced}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">The {webinar.questions.length} questions</h2>
        <p>
          The webinar set out to address these questions. Its page does not report what the speakers said in answer, so
          this site does not either; each question has a card and a guided path through what the sources do say.
        </p>
        <ol className="webinar-questions" aria-label="The webinar's questions">
          {webinar.questions.map((q) => {
            const path = getPath(q.path)!;
            return (
              <li key={q.card} className="webinar-question">
                <h3>
                  <Link to={paths.card(q.card)}>{titleOf(q.card)}</Link>
                </h3>
                <p>{getCard(q.card)!.summary}</p>
                <p>
                  <Link to={paths.guidedPath(path.id)}>
                    Guided path: {path.title} <span className="muted">({path.steps.length} steps)</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ol>
        <p>
          On the value of Open Dialogue, <Link to={paths.evidence()}>Evidence at a glance</Link> puts every study and
          review in one chart and table: design, people, follow-up, what each found and what limits it.
        </p>
      </section>

      <section aria-labelledby="webinar-source-heading" className="card-section">
        <h2 id="webinar-source-heading">Source</h2>
        <p>{source ? <Citation source={source} /> : webinar.source}</p>
      </section>
    </article>
  );
}
