import { Link } from 'react-router';
import { allPaths } from '../../content/paths';
import { closest } from '../../lib/closest';
import { paths } from '../../lib/paths';
import { NotFound } from '../../ui/NotFound';

/** A 404 for an unknown path id, with the closest paths and the full list. */
export function PathNotFound({ id }: { id: string }) {
  const near = closest(id, allPaths.map((p) => p.id)).map((pid) => allPaths.find((p) => p.id === pid)!);
  return (
    <NotFound title="Guided path not found">
      <p>
        There is no guided path with the id <code>{id}</code>.
      </p>
      {near.length > 0 && (
        <>
          <h2>Did you mean</h2>
          <ul className="link-list">
            {near.map((p) => (
              <li key={p.id}>
                <Link to={paths.guidedPath(p.id)}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={paths.guidedPaths()}>See all guided paths</Link>.
      </p>
    </NotFound>
  );
}
