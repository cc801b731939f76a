import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isLoadError } from '../lib/load-retry';
import { paths } from '../lib/paths';
import { LoadErrorPage } from './LoadErrorPage';
import { NotFound } from './NotFound';
import { usePageTitle } from './usePageTitle';

/**
 * Route error boundary: a 404 for missing pages, a page that did not load (with a way to try again), otherwise an
 * honest error with a way back.
 */
export function ErrorPage() {
  const error = useRouteError();
  if (isLoadError(error)) return <LoadErrorPage error={error} />;
  return <BrokenPage error={error} />;
}

function BrokenPage({ error }: { error: unknown }) {
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  usePageTitle(notFound ? 'Page not found' : 'Something went wrong');
  if (notFound) return <NotFound />;
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="not-found" role="alert">
      <p className="eyebrow">Error</p>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reloading often helps; if it does not, the problem is ours.</p>
      <pre className="error-detail">{detail}</pre>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        or <Link to={paths.home()}>go to the home page</Link>.
      </p>
    </div>
  );
}
