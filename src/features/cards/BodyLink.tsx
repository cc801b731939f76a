import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { CardLink, linkedCardId } from './CardLink';

/** Links inside card bodies: card links preview their card, other internal ones are router links, external ones plain links. */
export function BodyLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  const cardId = linkedCardId(href);
  if (cardId) {
    return (
      <CardLink id={cardId} to={href} className={rest.className}>
        {children}
      </CardLink>
    );
  }
  if (href.startsWith('/')) {
    return (
      <Link to={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel="noreferrer" {...rest}>
      {children}
    </a>
  );
}
