import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import type { GuidedPath } from '../../content/guide-schema';
import { nextUnread } from '../../content/paths';
import { paths } from '../../lib/paths';
import { KindBadge } from '../../ui/KindBadge';
import { usePageTitle } from '../../ui/usePageTitle';
import { PathProgress } from './PathProgress';
import { clearProgress, useReadSteps } from './progress';
import './paths.css';

/** A guided path: what it is for, the reader's progress, and its steps in order. */
export function PathPage({ path }: { path: GuidedPath }) {
  usePageTitle(path.title);
  const read = useReadSteps(path.id);
  const steps = path.steps.map((s) => ({ ...s, meta: getCard(s.card)! }));
  const readCount = steps.filter((s) => read.has(s.card)).length;
  const upNext = nextUnread(path.steps, read);
  const question = path.question ? getCard(path.question) : undefined;
  const details = [`${steps.length} steps`, path.minutes && `about ${path.minutes} minutes`, path.audience && `for ${path.audience}`];
  return (
    <article className="path-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.guidedPaths()}>Guided paths</Link>
      </nav>
      <header className="card-header">
        <p className="eyebrow">Guided path · {details.filter(Boolean).join(' · ')}</p>
        <h1>{path.title}</h1>
        <p className="lead">{path.summary}</p>
        {question && (
          <p>
            Follows up the webinar question <Link to={paths.card(question.id)}>{question.title}</Link>
          </p>
        )}
      </header>
      <section className="path-status" aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="visually-hidden">
          Your progress
        </h2>
        <PathProgress read={readCount} total={steps.length} label="Steps read" />
        <p className="path-actions">
          {upNext === undefined ? (
            <span>You have read every step of this path.</span>
          ) : (
            <Link className="button button-primary" to={paths.cardInPath(steps[upNext].card, path.id)}>
              {readCount === 0 ? 'Start' : 'Continue'} with step {upNext + 1}: {steps[upNext].meta.title}
            </Link>
          )}
          {readCount > 0 && (
            <button type="button" className="button" onClick={() => clearProgress(path.id)}>
              Clear my progress
            </button>
          )}
        </p>
        <p className="muted small">Progress is kept in this browser only.</p>
      </section>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        <ol className="path-steps">
          {steps.map((s, i) => (
            <li key={s.card} className={read.has(s.card) ? 'path-step is-read' : 'path-step'}>
              <span className="path-step-number" aria-hidden="true">
                {i + 1}
              </span>
              <div>
                <KindBadge kind={s.meta.kind} />
                {read.has(s.card) && <span className="path-step-read">✓ Read</span>}
                <h3>
                  <Link to={paths.cardInPath(s.card, path.id)}>{s.meta.title}</Link>
                </h3>
                <p>{s.note ?? s.meta.summary}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
