import type { BodyNode } from '../../content/schema';
import { BodyText } from '../../ui/BodyText';
import { BodyLink } from './BodyLink';

const components = { a: BodyLink };

/**
 * The card's body, with card links rendered as router links. The route loader hands over the compiled body, so
 * nothing suspends while rendering: the prerendered HTML holds the whole text, with no fallback to swap.
 */
export function CardBody({ body }: { body: readonly BodyNode[] }) {
  return (
    <div className="card-body prose">
      <BodyText nodes={body} components={components} />
    </div>
  );
}
