/**
 * Remark plugin: turns `[[id]]` and `[[id|label]]` in card bodies into markdown links to `/cards/id`,
 * which the card page renders as router links. Unknown ids are caught earlier, by validation.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { WIKILINK } from './body-text.ts';

export type WikiLinkOptions = { /** The title shown for `[[id]]` without a label. */ titleOf?: (id: string) => string | undefined };

function splitText(node: Text, titleOf: WikiLinkOptions['titleOf']): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(WIKILINK)) {
    const start = m.index ?? 0;
    if (start > last) out.push({ type: 'text', value: node.value.slice(last, start) });
    const id = m[1].trim();
    const label = m[2]?.trim() ?? titleOf?.(id) ?? id;
    const link: Link = { type: 'link', url: `/cards/${id}`, children: [{ type: 'text', value: label }] };
    out.push(link);
    last = start + m[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
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
