import { Component, type ReactNode } from 'react';
import { reloadForNewVersion, StaleBuildError } from '../../lib/load-retry';
import { paths } from '../../lib/paths';
import { BASENAME } from '../../lib/basename';
import { takeOverSearchShell } from '../../ui/search-shell';

type Props = { children: ReactNode; onClose: () => void; /** Makes the dialog's code load afresh. */ onRetry: () => void };

/**
 * If search cannot load, say why and offer a retry that really fetches again, instead of breaking the page. After
 * a deploy (its files are gone), the search page loads from the server in full, with the new version.
 */
export class LoadFailed extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Search failed') };
  }

  componentDidUpdate() {
    if (this.state.error instanceof StaleBuildError) reloadForNewVersion(`${window.location.origin}${BASENAME}${paths.search()}`);
  }

  componentDidCatch() {
    takeOverSearchShell(); // the shell waited for what failed: this message replaces it
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const stale = error instanceof StaleBuildError;
    return (
      <div className="search-loading" role="alert">
        <p>{stale ? 'The site has been updated since this page loaded: opening the new version of search.' : 'Search could not load. Check the connection and try again.'}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry();
            this.setState({ error: undefined });
          }}
        >
          Try again
        </button>{' '}
        <button type="button" onClick={this.props.onClose}>
          Close
        </button>
      </div>
    );
  }
}
