/** Route module for `/paths/:id`. */
import { data, isRouteErrorResponse, useLoaderData, useParams, useRouteError, type LoaderFunctionArgs } from 'react-router';
import type { RouteHandle } from '../../lib/start-mode';
import { getPath } from '../../content/paths';
import { ErrorPage } from '../../ui/ErrorPage';
import { PathNotFound } from './PathNotFound';
import { PathPage } from './PathPage';

export function loader({ params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  if (!getPath(id)) throw data({ id }, { status: 404, statusText: 'Guided path not found' });
  return { id };
}

export function Component() {
  const { id } = useLoaderData<typeof loader>();
  return <PathPage key={id} path={getPath(id)!} />;
}

/** The page shows the reader's own progress, which the static HTML cannot know: its app starts on load. */
export const handle: RouteHandle = { start: 'after-paint' };

export function ErrorBoundary() {
  const error = useRouteError();
  const { id = '' } = useParams();
  if (isRouteErrorResponse(error) && error.status === 404) return <PathNotFound id={id} />;
  return <ErrorPage />;
}
