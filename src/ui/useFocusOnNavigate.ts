import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * After a client-side navigation, moves focus to the main region, so keyboard and screen-reader users
 * start reading the new page instead of staying on the link they followed. Not on first load, and not
 * when only the query changes (a filter) or a hash targets an element. A new page starts at the top; Back and Forward
 * (a POP) are left where the router's scroll restoration put them, at that entry's own position.
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>) {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (hash) return;
    target.current?.focus({ preventScroll: true });
    if (navigationType !== 'POP') window.scrollTo(0, 0);
    // Not on a change of navigation type alone: only a new page moves focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, hash, target]);
}
