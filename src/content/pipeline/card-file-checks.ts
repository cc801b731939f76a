/**
 * Checks of card files as files, before and beside their fields: what an editor or a copy can get wrong without
 * the YAML or MDX noticing (a byte-order mark, an unclosed frontmatter, a `.md` name, a copied card, a link split
 * over two lines, a body too large to serve). Each names the file and line, in words an author understands.
 */
import type { ContentProblem } from './errors.ts';

/** The largest card body the build accepts (content/README.md, "Limits"): the longest real card is about 5 KB. */
export const MAX_BODY_BYTES = 200 * 1024;

const BOM = '\uFEFF';

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** A file in the cards folder that is not a card: only `<id>.mdx` files are read (hidden files are left alone). */
export function unexpectedCardFile(name: string, file: string): ContentProblem | undefined {
  if (name.startsWith('.') || name.endsWith('.mdx')) return undefined;
  const stem = name.replace(/\.[^.]*$/, '');
  return {
    file,
    message: `only .mdx files are cards, so this file is not read: rename it to ${stem || name}.mdx if it is a card, or move it out of content/cards`,
  };
}

/** A byte-order mark at the start of the file, which hides the frontmatter's first "---". */
export function byteOrderMark(text: string, file: string): ContentProblem | undefined {
  if (!text.startsWith(BOM)) return undefined;
  return {
    file,
    line: 1,
    message:
      'the file starts with a byte-order mark (an invisible character, U+FEFF, that some editors add when saving as "UTF-8 with BOM"): save it as plain UTF-8 without BOM',
  };
}

/**
 * A frontmatter whose closing "---" is missing: the file has no second "---" line at all, or the first one after
 * the opening is a horizontal rule in the body, so the YAML block runs on into the text. Undefined when the
 * frontmatter looks closed.
 */
export function unclosedFrontmatter(text: string, file: string, yaml?: string): ContentProblem | undefined {
  if (!/^---\r?\n/.test(text)) return undefined;
  const message = (after: number) =>
    `the frontmatter is not closed: add a "---" line after its last field (line ${after}), before the card's text`;
  const lines = text.split(/\r?\n/);
  if (yaml === undefined) {
    // No second "---": the fields end before the first line that is neither a field, a list item, nor blank.
    const end = lines.findIndex((l, i) => i > 0 && l.trim() !== '' && !isYamlLine(l));
    return { file, line: 1, message: message(end > 0 ? end : lines.length) };
  }
  // A blank line, then text that is not YAML: the body started without its "---".
  const block = yaml.split(/\r?\n/);
  const at = block.findIndex((l, i) => i > 0 && block[i - 1].trim() === '' && l.trim() !== '' && !isYamlLine(l));
  if (at < 0) return undefined;
  let last = at - 1;
  // Back past blank lines and "## Heading" lines (YAML reads them as comments) to the last field.
  while (last > 0 && (block[last].trim() === '' || block[last].startsWith('#'))) last--;
  return { file, line: 1, message: message(last + 2) };
}

/** A line that reads as YAML in a card's frontmatter: a field, a list item, a continuation, or a comment. */
const isYamlLine = (line: string) => /^(?:\s|-\s|-$|#|[\w-]+\s*:)/.test(line);

/** `[[` whose link is not closed on the same line (a link split over two lines shows as text). */
export function splitLinks(body: string, firstLine: number, file: string): ContentProblem[] {
  return body.split('\n').flatMap((text, i) => {
    const opened = text.lastIndexOf('[[');
    if (opened < 0 || text.indexOf(']]', opened) >= 0) return [];
    return [{ file, line: firstLine + i, field: 'body', message: 'a [[link]] must be on one line: its "]]" is not on the line of its "[["' }];
  });
}

/** A body larger than MAX_BODY_BYTES. */
export function oversizedBody(body: string, firstLine: number, file: string): ContentProblem | undefined {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes <= MAX_BODY_BYTES) return undefined;
  return {
    file,
    line: firstLine,
    field: 'body',
    message: `the body is ${kb(bytes)}; a card body may be at most ${kb(MAX_BODY_BYTES)} (content/README.md, "Limits"): split it into several linked cards`,
  };
}

type CardForDuplicates = { file: string; title: string; titleLine?: number; body: string; bodyFirstLine: number };

/** Two cards with one title (readers cannot tell them apart), or one body under two file names (a copied card). */
export function duplicateCards(cards: readonly CardForDuplicates[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const titles = new Map<string, CardForDuplicates>();
  const bodies = new Map<string, CardForDuplicates>();
  for (const c of cards) {
    const body = c.body.replace(/\s+/g, ' ').trim();
    const same = body ? bodies.get(body) : undefined;
    if (same) {
      // A copy: one message, though its title may be the same too.
      problems.push({ file: c.file, line: c.bodyFirstLine, field: 'body', message: `the body is the same as that of ${same.file}: a copied card? Give it its own text, or delete one of the two` });
      continue;
    }
    if (body) bodies.set(body, c);
    const title = c.title.trim().toLowerCase();
    const first = titles.get(title);
    if (first) {
      problems.push({ file: c.file, line: c.titleLine, field: 'title', message: `the title "${c.title}" is also the title of ${first.file}: give each card its own title, or merge the two` });
    } else titles.set(title, c);
  }
  return problems;
}
