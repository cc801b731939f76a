import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import type { GuidedPath } from '../../content/guide-schema';
import { positionInPath } from '../../content/paths';
import { paths } from '../../lib/paths';
import { markRead } from './progress';
import './paths.css';

type Props = { path: GuidedPath; cardId: string; placement: 'top' | 'bottom' };

/**
 * Where a card sits in a guided path, with links to the previous and next steps. Shown above the card (with the
 * path's name and the step number) and below it (where the reader finishes and wants the next step).
 * A step counts as read when the reader has reached its end (scrolled down to the trail below the card) or goes on
 * to the next step, not when it merely opens.
 */
export function PathTrail({ path, cardId, placement }: Props) {
  const position = positionInPath(path.steps, cardId);
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = nav.current;
    if (!position || placement !== 'bottom' || !el) return;
    // On a scroll, not on opening: a card shorter than the window is not read the moment it shows.
    const check = () => {
      if (el.getBoundingClientRect().top >= window.innerHeight) return;
      markRead(path.id, cardId);
      window.removeEventListener('scroll', check);
    };
    window.addEventListener('scroll', check, { passive: true });
    return () => window.removeEventListener('scroll', check);
  }, [path.id, cardId, position, placement]);
  if (!position) return null;
  const finished = () => markRead(path.id, cardId);
  const { index, total, previous, next } = position;
  const step = (id: string) => getCard(id)?.title ?? id;
  const links = (
    <ul className="path-trail-links">
      <li>
        {previous ? (
          <Link to={paths.cardInPath(previous, path.id)} rel="prev">
            <span aria-hidden="true">← </span>Previous: {step(previous)}
          </Link>
        ) : (
          <Link to={paths.guidedPath(path.id)}>
            <span aria-hidden="true">← </span>Back to the path overview
          </Link>
        )}
      </li>
      <li>
        {next ? (
          <Link to={paths.cardInPath(next, path.id)} rel="next" onClick={finished}>
            Next: {step(next)}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <Link to={paths.guidedPath(path.id)} onClick={finished}>
            Finish the path<span aria-hidden="true"> ✓</span>
          </Link>
        )}
      </li>
    </ul>
  );
  if (placement === 'bottom') {
    return (
      <nav ref={nav} className="path-trail path-trail-bottom" aria-label="Next in the guided path">
        {!next && <p className="path-trail-end">This is the last step of “{path.title}”.</p>}
        {links}
      </nav>
    );
  }
  return (
    <nav className="path-trail" aria-label="Guided path">
      <p className="path-trail-title">
        Guided path: <Link to={paths.guidedPath(path.id)}>{path.title}</Link>{' '}
        <span className="path-trail-step">
          · Step {index + 1} of {total}
        </span>
      </p>
      <progress max={total} value={index + 1} aria-label={`Step ${index + 1} of ${total}`} />
      {links}
    </nav>
  );
}
