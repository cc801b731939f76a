import { Link } from 'react-router';
import type { GuidedPath } from '../../content/guide-schema';
import { allPaths } from '../../content/paths';
import { paths } from '../../lib/paths';
import { usePageTitle } from '../../ui/usePageTitle';
import { PathProgress } from './PathProgress';
import { useReadSteps } from './progress';
import './paths.css';

function PathTile({ path }: { path: GuidedPath }) {
  const read = useReadSteps(path.id);
  const readCount = path.steps.filter((s) => read.has(s.card)).length;
  return (
    <article className="card-tile path-tile">
      <h3 className="card-tile-title">
        <Link to={paths.guidedPath(path.id)}>{path.title}</Link>
      </h3>
      <p className="muted small">
        {path.steps.length} steps{path.minutes ? ` · about ${path.minutes} minutes` : ''}
      </p>
      <p>{path.summary}</p>
      {readCount > 0 && <PathProgress read={readCount} total={path.steps.length} label={`Steps read in ${path.title}`} />}
    </article>
  );
}

function PathGrid({ list, label }: { list: GuidedPath[]; label: string }) {
  return (
    <ul className="card-grid" aria-label={label}>
      {list.map((p) => (
        <li key={p.id}>
          <PathTile path={p} />
        </li>
      ))}
    </ul>
  );
}

/** Every guided path: first the ones for newcomers, then those following up the webinar's questions. */
export function PathsListPage() {
  usePageTitle('Guided paths');
  const general = allPaths.filter((p) => !p.question);
  const questions = allPaths.filter((p) => p.question);
  return (
    <div className="paths-list">
      <h1>Guided paths</h1>
      <p className="lead">
        Ordered readings through the cards. Each step opens a card with links to the previous and next step, and the
        path remembers, in this browser only, which steps you have read.
      </p>
      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Start here</h2>
        <PathGrid list={general} label="Paths to start with" />
      </section>
      <section aria-labelledby="webinar-paths-heading">
        <h2 id="webinar-paths-heading">Following up the webinar’s questions</h2>
        <p>
          One path for each question of the webinar <Link to={paths.webinar()}>“Open Dialogue: experience from 4 countries”</Link>.
        </p>
        <PathGrid list={questions} label="Paths for the webinar's questions" />
      </section>
    </div>
  );
}
