/** A card read as a step of a guided path (`?path=<id>`): the trail above and below it, or a notice. */
import { Link, Outlet, useParams, useSearchParams } from 'react-router';
import { getCard } from '../../content/cards';
import { getPath, positionInPath } from '../../content/paths';
import { paths } from '../../lib/paths';
import { PathTrail } from './PathTrail';

export function PathFrame() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const pathId = search.get('path');
  const path = pathId ? getPath(pathId) : undefined;
  const card = getCard(id);
  let notice = null;
  if (pathId && card && !path) {
    notice = (
      <p className="notice path-notice" role="status">
        There is no guided path “{pathId}”, so this card is shown on its own.{' '}
        <Link to={paths.guidedPaths()}>See the guided paths</Link>.
      </p>
    );
  } else if (path && card && !positionInPath(path.steps, id)) {
    notice = (
      <p className="notice path-notice" role="status">
        This card is not a step of the guided path “{path.title}”.{' '}
        <Link to={paths.guidedPath(path.id)}>Back to the path</Link>.
      </p>
    );
  }
  const trail = path && card && positionInPath(path.steps, id);
  return (
    <>
      {notice}
      {trail && <PathTrail path={path} cardId={id} placement="top" />}
      <Outlet />
      {trail && <PathTrail path={path} cardId={id} placement="bottom" />}
    </>
  );
}
