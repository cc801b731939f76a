/** Read access to the guided paths, and where a card sits in one (shared by the paths feature and the route layer). */
import pathsData from 'virtual:content/paths';
import type { GuidedPath } from './guide-schema';

export const allPaths: readonly GuidedPath[] = pathsData;
const byId = new Map(allPaths.map((p) => [p.id, p]));

export function getPath(id: string): GuidedPath | undefined {
  return byId.get(id);
}

export type PathPosition = {
  /** 0-based index of the card among the steps. */
  index: number;
  total: number;
  previous?: string;
  next?: string;
};

/** Where `cardId` is among `steps`, with its neighbours; undefined when the card is not a step. */
export function positionInPath(steps: readonly { card: string }[], cardId: string): PathPosition | undefined {
  const index = steps.findIndex((s) => s.card === cardId);
  if (index < 0) return undefined;
  return { index, total: steps.length, previous: steps[index - 1]?.card, next: steps[index + 1]?.card };
}

/** The first step not yet read, or undefined when every step has been read. */
export function nextUnread(steps: readonly { card: string }[], read: ReadonlySet<string>): number | undefined {
  const i = steps.findIndex((s) => !read.has(s.card));
  return i < 0 ? undefined : i;
}
