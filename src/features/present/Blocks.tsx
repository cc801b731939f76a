import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Block, Inline } from '../../content/deck-schema';

function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map((n, i) => {
    switch (n.t) {
      case 'text':
        return <Fragment key={i}>{n.v}</Fragment>;
      case 'strong':
        return <strong key={i} lang={n.lang}><Inlines nodes={n.c} /></strong>;
      case 'em':
        return <em key={i} lang={n.lang}><Inlines nodes={n.c} /></em>;
      case 'span':
        return <span key={i} lang={n.lang}><Inlines nodes={n.c} /></span>;
      case 'link':
        return n.href.startsWith('/') ? (
          <Link key={i} to={n.href}><Inlines nodes={n.c} /></Link>
        ) : (
          <a key={i} href={n.href} rel="noreferrer"><Inlines nodes={n.c} /></a>
        );
    }
  });
}

/** Slide text compiled at build time (see src/content/pipeline/markdown-blocks.ts). */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((b, i) => {
    switch (b.t) {
      case 'p':
        return <p key={i}><Inlines nodes={b.c} /></p>;
      case 'h':
        return <h3 key={i}><Inlines nodes={b.c} /></h3>;
      case 'quote':
        return <blockquote key={i}><Blocks blocks={b.c} /></blockquote>;
      case 'list': {
        const List = b.ordered ? 'ol' : 'ul';
        return (
          <List key={i} start={b.ordered && b.start !== undefined ? b.start : undefined} className={b.continues ? 'list-continues' : undefined}>
            {b.items.map((item, j) => (
              <li key={j}><Blocks blocks={item} /></li>
            ))}
          </List>
        );
      }
    }
  });
}
