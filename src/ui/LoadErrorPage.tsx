import { use, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { reloadForNewVersion, StaleBuildError, type NotLoadedError } from '../lib/load-retry';
import { paths } from '../lib/paths';
import { RetryContext } from './retry-context';
import { usePageTitle } from './usePageTitle';

/**
 * A page whose code or data did not arrive. When the site was updated since this tab loaded (the files are gone),
 * the page loads from the server in full, with the new version's files. Otherwise the reader is told what did not
 * load, with a Try again that fetches it afresh, and a way back to the page they came from.
 */
export function LoadErrorPage({ error }: { error: StaleBuildError | NotLoadedError }) {
  const stale = error instanceof StaleBuildError;
  useEffect(() => {
    if (stale) reloadForNewVersion();
  }, [stale]);
  const title = stale ? 'This site has been updated' : 'This page did not load';
  usePageTitle(title);
  const retry = use(RetryContext);
  const navigate = useNavigate();
  const [trying, setTrying] = useState(false);
  const again = () => {
    if (stale || !retry) return window.location.reload();
    setTrying(true);
    void retry().finally(() => setTrying(false));
  };
  return (
    <div className="not-found" role="alert">
      <p className="eyebrow">{stale ? 'New version' : 'Not loaded'}</p>
      <h1>{title}</h1>
      <p>
        {stale
          ? 'The site has changed since this tab opened, and this page’s files are no longer there. Loading the page again gets the new version.'
          : 'Its files did not arrive; the connection may have dropped. Try again once it is back.'}
      </p>
      <p>
        <button type="button" className="button" disabled={trying} onClick={again}>
          {trying ? 'Trying again…' : stale ? 'Load the new version' : 'Try again'}
        </button>{' '}
        <button type="button" className="button" onClick={() => void navigate(-1)}>
          Go back
        </button>{' '}
        or <Link to={paths.home()}>go to the home page</Link>.
      </p>
    </div>
  );
}
