import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { BodyNode } from '../../content/schema';
import { highlight, words } from '../../lib/search-text';
import { BodyText, type TextRenderer } from '../../ui/BodyText';
import { Highlighted } from '../../ui/Highlighted';
import { BodyLink } from './BodyLink';

const components = { a: BodyLink };

/** The words to mark, from `?highlight=` (a search result sets it): folded like the search index folds them. */
function useHighlightWords(): ReadonlySet<string> | undefined {
  const [params] = useSearchParams();
  const raw = params.get('highlight') ?? '';
  return useMemo(() => {
    const list = words(raw.slice(0, 300)).filter((w) => w.length > 1);
    return list.length ? new Set(list) : undefined;
  }, [raw]);
}

/**
 * The card's body, with card links rendered as router links. The route loader hands over the compiled body, so
 * nothing suspends while rendering: the prerendered HTML holds the whole text, with no fallback to swap.
 * Opened from a search result (`?highlight=word+word`), the matched words are marked and the first match (after
 * the `#heading` the result named, if any) is scrolled into view.
 */
export function CardBody({ body }: { body: readonly BodyNode[] }) {
  const marked = useHighlightWords();
  const { hash } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const text = useMemo<TextRenderer | undefined>(() => (marked ? (t) => <Highlighted segments={highlight(t, marked)} /> : undefined), [marked]);

  useEffect(() => {
    if (!marked || !root.current) return;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    const marks = [...root.current.querySelectorAll('mark')];
    const first = target ? marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : marks[0];
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [marked, hash]);

  return (
    <div className="card-body prose" ref={root}>
      <BodyText nodes={body} components={components} text={text} />
    </div>
  );
}
