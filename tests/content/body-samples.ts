/** Bodies the body-compiler tests run over: every real card's, and the CommonMark spec's examples. */
import spec from 'commonmark-spec';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from '../../src/content/pipeline/load-content';
import { needsMdx } from '../../src/content/pipeline/mdx-syntax';

/** The body of every card in content/cards. */
export function realCardBodies(): string[] {
  const cardsDir = path.resolve(import.meta.dirname, '../../content/cards');
  return readdirSync(cardsDir).map((f) => splitFrontmatter(readFileSync(path.join(cardsDir, f), 'utf8'))!.body);
}

/** The CommonMark spec's examples (tabs restored) that a body without MDX syntax can contain. */
export const plainSpecExamples = (): string[] => spec.tests.map((t) => t.markdown.replace(/→/g, '\t')).filter((body) => !needsMdx(body));
