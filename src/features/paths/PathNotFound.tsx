import { Link } from 'react-router';
import { allPaths } from '../../content/paths';
import { closest } from '../../lib/closest';
import { paths } from '../../lib/paths';
import { DidYouMean, NotFound } from '../../ui/NotFound';

/** A 404 for an unknown path id, with the closest paths and the full list. */
export function PathNotFound({ id }: { id: string }) {
  const near = closest(id, allPaths.map((p) => p.id)).map((pid) => allPaths.find((p) => p.id === pid)!);
  return (
    <NotFound title="Guided path not found">
      <p>
        There is no guided path with the id <code>{id}</code>.
      </p>
      <DidYouMean items={near.map((p) => ({ key: p.id, to: paths.guidedPath(p.id), label: p.title }))} />
      <p>
        <Link to={paths.guidedPaths()}>See all guided paths</Link>.
      </p>
    </NotFound>
  );
}
