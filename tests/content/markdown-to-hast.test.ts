import spec from 'commonmark-spec';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/build/load-content';
import { markdownToHast } from '../../src/content/build/markdown-to-hast';
import { needsMdx } from '../../src/content/build/mdx-syntax';
import remarkWikiLinks from '../../src/content/build/remark-wikilinks';

const titleOf = (id: string) => (id === 'alpha' ? 'Alpha card' : undefined);
const remark = unified().use(remarkParse).use(remarkWikiLinks, { titleOf }).use(remarkRehype);
/** remark's tree, without the source positions only it has. */
const viaRemark = async (source: string) =>
  JSON.parse(JSON.stringify(await remark.run(remark.parse(source)), (key, value) => (key === 'position' ? undefined : value)));

/** The CommonMark spec's examples that a body without MDX syntax can contain. */
const plainSpecExamples = spec.tests.map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, '\t') })).filter((t) => !needsMdx(t.markdown));

describe('plain Markdown to an HTML tree with markdown-it', () => {
  it("gives remark's tree for every CommonMark spec example a plain body can contain, or leaves it to MDX", async () => {
    expect(plainSpecExamples.length).toBeGreaterThan(400);
    const differ: number[] = [];
    const declined: number[] = [];
    for (const { markdown, number } of plainSpecExamples) {
      const ours = markdownToHast(markdown, titleOf);
      if (!ours) declined.push(number);
      else if (JSON.stringify(ours) !== JSON.stringify(await viaRemark(markdown))) differ.push(number);
    }
    expect(differ).toEqual([]);
    // Only indented code, which MDX reads as text, goes to MDX's parser.
    expect(declined.length).toBeLessThan(10);
  });

  it("gives remark's tree for every real card written in plain Markdown", async () => {
    const cardsDir = path.resolve(import.meta.dirname, '../../content/cards');
    const bodies = readdirSync(cardsDir)
      .map((f) => splitFrontmatter(readFileSync(path.join(cardsDir, f), 'utf8'))!.body)
      .filter((body) => !needsMdx(body));
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) expect(markdownToHast(body, titleOf), body.slice(0, 80)).toEqual(await viaRemark(body));
  });

  it.each([
    ['a titled and a labelled card link', 'See [[alpha]] and [[alpha|the *first* card]], or [[beta]].'],
    ['a card link in emphasis, not in a link or code', '*[[alpha]]* [not [[alpha]]](/x) `[[alpha]]`'],
    ['a hard break before more text', 'one  \ntwo\\\nthree'],
    ['a code block with a language and more', '```js title="x"\nconst a = 1;\n```'],
    ['loose and tight lists with a start', '3. one\n\n4. two\n\n- a\n- b\n  - c'],
  ])("gives remark's tree for %s", async (_, body) => {
    expect(markdownToHast(body, titleOf)).toEqual(await viaRemark(body));
  });

  it('leaves indented code to MDX, which reads it as text', () => {
    expect(markdownToHast('> a\n>\n>     indented', titleOf)).toBeUndefined();
  });
});
