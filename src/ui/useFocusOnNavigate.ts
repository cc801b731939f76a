import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the main region, so keyboard and screen-reader users
 * start reading the new page instead of staying on the link they followed. Not on first load, and not
 * when only the query changes (a filter) or a hash targets an element.
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>) {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (hash) return;
    target.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname, hash, target]);
}
