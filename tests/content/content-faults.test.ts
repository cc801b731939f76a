/**
 * Content that must never ship, each case as an author would write it: unsafe HTML in a body, unsafe URLs, files an
 * editor or a copy got wrong, bodies too large, and one broken file reported once at its own line (issue 29).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, fixtureCopies } from './fixture-dir';
import { formatProblem } from '../../src/content/pipeline/errors';
import { loadContent } from '../../src/content/pipeline/load-content';
import { MAX_BODY_BYTES } from '../../src/content/pipeline/card-file-checks';
import { isSafeLink } from '../../src/content/pipeline/body-allowlist';

const fixture = fixtureCopies(path.resolve(import.meta.dirname, '../fixtures/content-valid'));

/** The build's messages for the fixture with `change` made; it must fail. */
async function problems(change: (root: string) => Promise<void>) {
  const result = await loadContent(await fixture(change));
  expect(result.content).toBeUndefined();
  return result.problems.map(formatProblem);
}

/** Gamma's body line "Gamma mentions [[alpha]]." is line 10 of its file. */
const inGamma = (html: string) => (root: string) => edit(root, 'cards/gamma.mdx', 'Gamma mentions [[alpha]].', html);

describe('a card body allows only what a card needs', () => {
  it.each([
    ['<meta httpEquiv="refresh" content="30;url=https://example.com" />', '<meta>', 'send every reader to another site'],
    ['<script>alert(1)</script>', '<script>', 'cannot run code'],
    ['<iframe src="https://example.com"></iframe>', '<iframe>', 'show another site'],
    ['<object data="x.swf"></object>', '<object>', 'embed'],
    ['<base href="https://example.com/" />', '<base>', 'where every link'],
    ['<link rel="stylesheet" href="https://example.com/x.css" />', '<link>', 'load files from elsewhere'],
    ['<form action="https://example.com/collect">Name</form>', '<form>', 'send what readers type'],
    ['<div>a box</div>', '<div>', 'not among the elements'],
  ])('%s fails, naming the element', async (html, element, why) => {
    const found = await problems(inGamma(html));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/cards\/gamma\.mdx:11 — field "body":/);
    expect(found[0]).toContain(`the element ${element} is not allowed`);
    expect(found[0]).toContain(why);
  });

  it.each([
    ['<span style="color: red">red</span>', 'cannot set styles'],
    ['<abbr title="x" onClick="alert(1)">OD</abbr>', 'cannot run code when readers click'],
    ['<p dangerouslySetInnerHTML="x" />', 'dangerouslySetInnerHTML'],
    ['<abbr title="Open Dialogue" data-x="1">OD</abbr>', 'the attribute "data-x" is not allowed'],
  ])('%s fails, naming the attribute', async (html, what) => {
    const [found, ...rest] = await problems(inGamma(html));
    expect(rest).toEqual([]);
    expect(found).toMatch(/^content\/cards\/gamma\.mdx:11 — /);
    expect(found).toContain(what);
  });

  it('allows text formatting, lists, tables, headings, links, abbreviations, site images and figures', async () => {
    const body = [
      'Gamma mentions [[alpha]], <abbr title="Open Dialogue">OD</abbr>, <em>emphasis</em>, <sub>2</sub> and <kbd>K</kbd>.',
      '',
      '<figure><img src="/social.png" alt="A picture" /><figcaption>A caption</figcaption></figure>',
      '',
      '| A | B |\n|---|---|\n| 1 | 2 |',
      '',
      '- one\n- two',
      '',
      '### A smaller heading',
      '',
      '<a href="https://example.org/page" title="A page">a page</a> and [a section](#a-heading).',
    ].join('\n');
    const { problems: found } = await loadContent(await fixture(inGamma(body)));
    expect(found.map(formatProblem)).toEqual([]);
  });

  it.each([
    ['[a link](javascript:alert(1))', 'javascript:alert(1)'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:alert(1)'],
    ['<a href="data:text/html,hi">x</a>', 'data:text/html,hi'],
    ['[a file](file:///etc/passwd)', 'file:///etc/passwd'],
  ])('a link to %s fails at its line', async (markdown, url) => {
    const found = await problems(inGamma(markdown));
    expect(found).toEqual([expect.stringContaining(`content/cards/gamma.mdx:11 — field "body": the link "${url}" is not allowed`)]);
  });

  it('an image from another site fails', async () => {
    const found = await problems(inGamma('<img src="https://tracker.example/x.png" alt="x" />'));
    expect(found).toEqual([expect.stringContaining('the image "https://tracker.example/x.png" is not from this site')]);
  });

  it('tells safe links from unsafe ones, whatever their spelling', () => {
    for (const ok of ['https://example.org', 'http://example.org/x', '/cards/alpha', '#section', 'alpha', '../x']) expect(isSafeLink(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'vbscript:x', 'data:x', 'mailto:a@b', '//evil.example', 'https:evil']) {
      expect(isSafeLink(bad), bad).toBe(false);
    }
  });
});

describe('sources', () => {
  it('a javascript: URL in a source fails at its line', async () => {
    const found = await problems((root) => edit(root, 'sources.yaml', 'url: https://example.org/page', 'url: javascript:alert(1)'));
    expect(found[0]).toMatch(/^content\/sources\.yaml:\d+ — field "\[1\]\.url": .*https:\/\//);
  });

  it('one type error in sources.yaml is one problem, first: its id still counts, so no card citing it is reported', async () => {
    const found = await problems(async (root) => {
      await edit(root, 'sources.yaml', 'year: 2003', 'year: "2003"');
      // An unrelated problem in a card still shows, after the bibliography's.
      await edit(root, 'cards/gamma.mdx', '[[alpha]]', '[[alpah]]');
    });
    expect(found[0]).toMatch(/^content\/sources\.yaml:\d+ — field "\[0\]\.year":/);
    expect(found.slice(1)).toEqual([expect.stringContaining('content/cards/gamma.mdx:11 — field "body": link to unknown card "alpah"')]);
  });

  it('a bibliography that cannot be read is reported first, and the references it breaks are summed up', async () => {
    const found = await problems(async (root) => {
      await edit(root, 'sources.yaml', 'year: 2003', 'year: [2003');
      await edit(root, 'cards/gamma.mdx', '[[alpha]]', '[[alpah]]');
    });
    expect(found[0]).toMatch(/^content\/sources\.yaml:\d+/);
    expect(found).toContainEqual(expect.stringMatching(/^content\/sources\.yaml — and \d+ references to its sources from \d+ cards, checked once the problems above are fixed$/));
    expect(found.at(-1)).toContain('content/cards/gamma.mdx:11 — field "body": link to unknown card "alpah"');
  });
});

describe('MDX errors name the file’s own line', () => {
  it.each([
    ['an unclosed inline element', 'Gamma mentions <abbr title="x">OD [[alpha]].', /Expected a closing tag for `<abbr>` \(line 11, column 16\)/],
    ['an unclosed block element', '<div>\n\nGamma mentions [[alpha]].', /Expected a closing tag for `<div>` \(line 11, column 1\)/],
    ['an unclosed brace', 'Gamma mentions { [[alpha]].\n\nMore text.\n\nAnd more.', /closing brace/],
  ])('%s', async (_, text, message) => {
    const found = await problems(inGamma(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/cards\/gamma\.mdx:11 — field "body": MDX syntax error: /);
    expect(found[0]).toMatch(message);
  });
});

describe('card files', () => {
  it('a second card with the same title fails at its title', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', 'title: Gamma', 'title: alpha'));
    expect(found).toEqual(['content/cards/gamma.mdx:2 — field "title": the title "alpha" is also the title of content/cards/alpha.mdx: give each card its own title, or merge the two']);
  });

  it('a card copied to a new file name fails', async () => {
    const found = await problems(async (root) => {
      const text = await readFile(path.join(root, 'cards/gamma.mdx'), 'utf8');
      // Copied as it is: one message, for the copy, though the title is the same too.
      await writeFile(path.join(root, 'cards/gamma-copy.mdx'), text);
    });
    expect(found).toEqual([expect.stringMatching(/^content\/cards\/gamma\.mdx:8 — field "body": the body is the same as that of content\/cards\/gamma-copy\.mdx/)]);
  });

  it('a card saved as .md is named, not silently ignored', async () => {
    const found = await problems((root) => rename(path.join(root, 'cards/gamma.mdx'), path.join(root, 'cards/gamma.md')));
    expect(found).toEqual(['content/cards/gamma.md — only .mdx files are cards, so this file is not read: rename it to gamma.mdx if it is a card, or move it out of content/cards']);
  });

  it('a UTF-8 byte-order mark is named as what it is', async () => {
    const found = await problems(async (root) => {
      const file = path.join(root, 'cards/gamma.mdx');
      await writeFile(file, '\uFEFF' + (await readFile(file, 'utf8')));
    });
    expect(found).toEqual([expect.stringMatching(/^content\/cards\/gamma\.mdx:1 — the file starts with a byte-order mark \(an invisible character, U\+FEFF.*save it as plain UTF-8 without BOM$/)]);
  });

  it('a frontmatter without its closing "---", and a "---" rule later in the body, is called unclosed', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', 'reviewed: 2026-12-02\n---\n', 'reviewed: 2026-12-02\n\n## A section\n\nSome text.\n\n---\n'));
    expect(found).toEqual(['content/cards/gamma.mdx:1 — the frontmatter is not closed: add a "---" line after its last field (line 6), before the card\'s text']);
  });

  it('a frontmatter never closed is called unclosed', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', 'reviewed: 2026-12-02\n---\n', 'reviewed: 2026-12-02\n'));
    expect(found).toEqual([expect.stringMatching(/^content\/cards\/gamma\.mdx:1 — the frontmatter is not closed/)]);
  });

  it('a [[link]] split over two lines fails at its line', async () => {
    const found = await problems(inGamma('Gamma mentions [[alpha|the first\ncard]].'));
    expect(found).toEqual(['content/cards/gamma.mdx:11 — field "body": a [[link]] must be on one line: its "]]" is not on the line of its "[["']);
  });
});

describe('limits', () => {
  it(`a body over ${MAX_BODY_BYTES / 1024} KB fails with its size and the limit`, async () => {
    const found = await problems(inGamma(`Gamma mentions [[alpha]]. ${'Long text. '.repeat(30_000)}`));
    expect(found).toEqual([expect.stringMatching(/^content\/cards\/gamma\.mdx:8 — field "body": the body is 323 KB; a card body may be at most 200 KB/)]);
  });
});
