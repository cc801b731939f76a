import { use } from 'react';
import { cardBody } from '../../content/bodies';
import { MdxLink } from './MdxLink';

const components = { a: MdxLink };

/** The card's MDX body, with card links rendered as router links. */
export function CardBody({ id }: { id: string }) {
  const entry = cardBody(id);
  if (!entry) return null;
  const Body = entry.value ?? use(entry.promise);
  return (
    <div className="card-body prose">
      <Body components={components} />
    </div>
  );
}
