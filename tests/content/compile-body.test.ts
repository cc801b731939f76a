import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import { bodyCompiler } from '../../src/content/pipeline/compile-body';
import remarkWikiLinks from '../../src/content/pipeline/remark-wikilinks';
import { BodyText } from '../../src/ui/BodyText';
import { plainSpecExamples, realCardBodies } from './body-samples';

const titleOf = (id: string) => (id === 'alpha' ? 'Alpha card' : undefined);
const FILE = 'content/cards/gamma.mdx';
const compile = bodyCompiler(titleOf);

/** What the body compiles to, as HTML. */
async function ours(body: string): Promise<string> {
  const { nodes, problems } = await compile(body, FILE, 1);
  expect(problems).toEqual([]);
  return renderToStaticMarkup(createElement(BodyText, { nodes: nodes! }));
}

/** What MDX itself renders for the body, compiled to code and run, as before bodies became data. */
async function mdx(body: string): Promise<string> {
  const { default: Content } = await evaluate(body, { ...runtime, remarkPlugins: [[remarkWikiLinks, { titleOf }]], rehypePlugins: [rehypeSlug] });
  return renderToStaticMarkup(createElement(Content));
}

const problemsOf = async (body: string, firstLine = 1) => (await compile(body, FILE, firstLine)).problems;

describe('card bodies compiled to data', () => {
  it('renders every real card exactly as MDX renders it', async () => {
    const bodies = realCardBodies();
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) expect(await ours(body), body.slice(0, 80)).toBe(await mdx(body));
  });

  it('renders every CommonMark spec example a body without MDX syntax can hold exactly as MDX renders it', async () => {
    // Plain bodies are read with markdown-it (markdown-to-hast.ts), with MDX's parser as the fallback.
    const examples = plainSpecExamples();
    expect(examples.length).toBeGreaterThan(400);
    const differ: string[] = [];
    for (const body of examples) if ((await ours(body)) !== (await mdx(body))) differ.push(body);
    expect(differ).toEqual([]);
  });

  it.each([
    ['card links, titled or labelled', 'See [[alpha]] and [[alpha|the first card]].'],
    ['repeated headings, each with its own id', '## Notes\n\nOne.\n\n## Notes\n\nTwo.'],
    ['lists, quotes, emphasis and code', '- **one**\n- *two*\n\n> quoted `code`\n\n1. first\n2. second'],
    ['a fenced code block with its language', '```js\nconst a = 1 < 2;\n```'],
    ['text indented by four spaces (not code in MDX)', 'Para:\n\n    indented text'],
    ['text indented by four spaces in a quote (not code in MDX)', '> Para:\n>\n>     indented text'],
    ['an HTML element with attributes', 'An <abbr title="Open Dialogue">OD</abbr> element'],
    ['a line of elements only', '<span className="note">a</span> <em>b</em>'],
    ['a void element', 'Line<br />break'],
    ['a link with a title', 'See [the page](https://example.org/page "The page").'],
    ['a comment', 'Text {/* a note for authors */} here.'],
  ])('renders %s as MDX does', async (_, body) => {
    expect(await ours(body)).toBe(await mdx(body));
  });

  it("gives card links, heading ids and attributes under React's names in the data", async () => {
    const { nodes } = await compile('## A heading\n\nGamma mentions [[alpha]].\n\n```js\nx\n```', FILE, 1);
    expect(nodes).toEqual([
      ['h2', { id: 'a-heading' }, 'A heading'],
      '\n',
      ['p', null, 'Gamma mentions ', ['a', { href: '/cards/alpha' }, 'Alpha card'], '.'],
      '\n',
      ['pre', null, ['code', { className: 'language-js' }, 'x\n']],
    ]);
  });

  it('reports an MDX syntax error with the line in the card file', async () => {
    expect(await problemsOf('Text.\n\nGamma <mentions', 8)).toEqual([
      { file: FILE, line: 10, field: 'body', message: expect.stringMatching(/^MDX syntax error: /) },
    ]);
  });

  it.each([
    ['a component', 'Text.\n\n<Aside>note</Aside>', /the component <Aside> is not available/],
    ['an expression', 'Text.\n\nTwo is {1 + 1}.', /an expression in braces needs code to run/],
    ['an export', 'Text.\n\nexport const x = 1', /"import" and "export" are not available/],
    ['an attribute given as an expression', 'Text.\n\n<abbr title={"x"}>OD</abbr>', /an attribute of <abbr> is an expression/],
  ])('rejects %s, which would need code to run, naming the line', async (_, body, message) => {
    expect(await problemsOf(body, 8)).toEqual([{ file: FILE, line: 10, field: 'body', message: expect.stringMatching(message) }]);
  });
});
