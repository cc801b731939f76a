import { createElement, Fragment, type ElementType, type ReactNode } from 'react';
import type { BodyNode } from '../content/schema';

/** Components standing in for elements of a body, by tag (router links for `a`, shifted headings in a handout). */
export type BodyComponents = Readonly<Partial<Record<string, ElementType>>>;

/** What a body's text becomes: itself, or (to mark the words a search matched) text with `<mark>`s. */
export type TextRenderer = (text: string) => ReactNode;
const asIs: TextRenderer = (text) => text;

function node(n: BodyNode, components: BodyComponents, text: TextRenderer): ReactNode {
  if (typeof n === 'string') return text(n);
  const [tag, props, ...children] = n;
  // Children as arguments, not an array: a body is static, so React needs no keys for them.
  return createElement(components[tag] ?? tag, props, ...children.map((c) => node(c, components, text)));
}

/** A card body compiled to data (src/content/pipeline/compile-body.ts), as React elements. */
export function BodyText({ nodes, components = {}, text = asIs }: { nodes: readonly BodyNode[]; components?: BodyComponents; text?: TextRenderer }) {
  return createElement(Fragment, null, ...nodes.map((n) => node(n, components, text)));
}
