import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../../src/content/pipeline/markdown-to-hast';
import { needsMdx } from '../../src/content/pipeline/mdx-syntax';
import remarkWikiLinks from '../../src/content/pipeline/remark-wikilinks';
import { plainSpecExamples, realCardBodies } from './body-samples';

const titleOf = (id: string) => (id === 'alpha' ? 'Alpha card' : undefined);
const remark = unified().use(remarkParse).use(remarkWikiLinks, { titleOf }).use(remarkRehype);
/** remark's tree, without the source positions only it has. */
const viaRemark = async (source: string) =>
  JSON.parse(JSON.stringify(await remark.run(remark.parse(source)), (key, value) => (key === 'position' ? undefined : value)));

describe('plain Markdown to an HTML tree with markdown-it', () => {
  it("gives remark's tree for every CommonMark spec example a plain body can contain, or leaves it to MDX", async () => {
    const examples = plainSpecExamples();
    expect(examples.length).toBeGreaterThan(400);
    const differ: string[] = [];
    const declined: string[] = [];
    for (const markdown of examples) {
      const ours = markdownToHast(markdown, titleOf);
      if (!ours) declined.push(markdown);
      else if (JSON.stringify(ours) !== JSON.stringify(await viaRemark(markdown))) differ.push(markdown);
    }
    expect(differ).toEqual([]);
    // Only indented code, which MDX reads as text, goes to MDX's parser.
    expect(declined.length).toBeLessThan(10);
  });

  it("gives remark's tree for every real card written in plain Markdown", async () => {
    const bodies = realCardBodies().filter((body) => !needsMdx(body));
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
