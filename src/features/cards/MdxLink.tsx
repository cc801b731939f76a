import type { ComponentProps } from 'react';
import { Link } from 'react-router';

/** Links inside card bodies: internal ones become router links, external ones open as plain links. */
export function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
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
