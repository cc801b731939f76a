import type { MDXContent } from 'mdx/types';
import { MdxLink } from './MdxLink';

const components = { a: MdxLink };

/**
 * The card's MDX body, with card links rendered as router links. The route loader hands over the compiled
 * body, so nothing suspends while rendering: the prerendered HTML holds the whole text, with no fallback to swap.
 */
export function CardBody({ Body }: { Body: MDXContent }) {
  return (
    <div className="card-body prose">
      <Body components={components} />
    </div>
  );
}
