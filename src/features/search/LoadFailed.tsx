import { Component, type ReactNode } from 'react';
import { takeOverSearchShell } from '../../ui/search-shell';

type Props = { children: ReactNode; onClose: () => void };

/** If search cannot load (a dropped connection), say so and offer a retry instead of breaking the page. */
export class LoadFailed extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch() {
    takeOverSearchShell(); // the shell waited for what failed: this message replaces it
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="search-loading" role="alert">
        <p>Search could not load. Check the connection and try again.</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>{' '}
        <button type="button" onClick={this.props.onClose}>
          Close
        </button>
      </div>
    );
  }
}
