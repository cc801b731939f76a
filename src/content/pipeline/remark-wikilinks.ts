/**
 * Remark plugin: turns `[[id]]` and `[[id|label]]` in card bodies into markdown links to `/cards/id`,
 * which the card page renders as router links. Unknown ids are caught earlier, by validation.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { splitCardLinks } from './body-text.ts';

export type WikiLinkOptions = { /** The title shown for `[[id]]` without a label. */ titleOf?: (id: string) => string | undefined };

function splitText(node: Text, titleOf: WikiLinkOptions['titleOf']): PhrasingContent[] {
  const parts = splitCardLinks(node.value, titleOf);
  if (parts.length === 1 && typeof parts[0] === 'string') return [node];
  return parts.map((part): PhrasingContent => {
    if (typeof part === 'string') return { type: 'text', value: part };
    const link: Link = { type: 'link', url: `/cards/${part.id}`, children: [{ type: 'text', value: part.label }] };
    return link;
  });
}

function walk(parent: Parent, titleOf: WikiLinkOptions['titleOf']) {
  const children: Parent['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'text') children.push(...splitText(child, titleOf));
    else {
      if ('children' in child && child.type !== 'link') walk(child, titleOf);
      children.push(child);
    }
  }
  parent.children = children;
}

export default function remarkWikiLinks(options: WikiLinkOptions = {}) {
  return (tree: Root) => walk(tree, options.titleOf);
}
