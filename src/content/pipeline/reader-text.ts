/**
 * Checks on the text readers see, as they see it: card links replaced by the titles they show. A word said twice
 * ("the the") is a slip, and most often a link without a label joined to its card's title: "the [[care-model]]"
 * reads "the The CARe model", "at the webinar [[webinar-four-countries]]" reads "at the webinar Webinar: …".
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fieldName, type ContentProblem } from './errors.ts';
import { toPlainText } from './body-text.ts';
import { parseYaml } from './yaml-data.ts';

type TitleOf = (id: string) => string | undefined;

// A word (letters, inner apostrophes or hyphens), blanks, the same word again; the `i` flag makes "the The" match.
const DOUBLED = /(?<![\p{L}\p{N}])(\p{L}[\p{L}'’-]*)\s+\1(?![\p{L}\p{N}])/giu;

/** Each doubled word in `text`, with a few words around it: `…for the the team…`. */
export function doubledWords(text: string): string[] {
  return [...text.matchAll(DOUBLED)].map((m) => {
    const start = Math.max(0, m.index - 30);
    const end = Math.min(text.length, m.index + m[0].length + 30);
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  });
}

const HINT = 'reword it; if a card link shows a title after the same word, give the link a label: [[id|label]]';

function problemsIn(text: string, titleOf: TitleOf, where: Omit<ContentProblem, 'message'>): ContentProblem[] {
  return doubledWords(toPlainText(text, titleOf)).map((snippet) => ({ ...where, message: `a word is doubled in "${snippet}": ${HINT}` }));
}

/** A card's title, summary, aliases and body, the body one block at a time so a problem names its line. */
export function checkCardText(
  card: { file: string; body: string; bodyFirstLine: number; fields: Readonly<Record<string, string | readonly string[]>> },
  lineOf: (field: string) => number | undefined,
  titleOf: TitleOf,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [field, value] of Object.entries(card.fields)) {
    const values = typeof value === 'string' ? [value] : value;
    values.forEach((v, i) => {
      const name = typeof value === 'string' ? field : `${field}[${i}]`;
      problems.push(...problemsIn(v, titleOf, { file: card.file, line: lineOf(field), field: name }));
    });
  }
  const lines = card.body.split('\n');
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i].trim() !== '') continue;
    const block = lines.slice(start, i).join('\n');
    if (block.trim()) problems.push(...problemsIn(block, titleOf, { file: card.file, line: card.bodyFirstLine + start, field: 'body' }));
    start = i + 1;
  }
  return problems;
}

/** Every string in a parsed YAML value, with its path. */
function* strings(value: unknown, at: (string | number)[] = []): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, at];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...at, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...at, k]);
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return yamlFiles(full);
      return Promise.resolve(/\.ya?ml$/.test(e.name) ? [full] : []);
    }),
  );
  return nested.flat().sort();
}

/**
 * Every YAML file under `content/` (bibliography, decks, paths, glossary, webinar, comparison): each string as a
 * reader sees it. Files that do not parse are left to their own collection, which reports them.
 */
export async function checkDataText(contentRoot: string, titleOf: TitleOf): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const full of await yamlFiles(contentRoot)) {
    const file = path.relative(path.dirname(contentRoot), full).split(path.sep).join('/');
    const parsed = parseYaml(await readFile(full, 'utf8'), file);
    if (!parsed.ok) continue;
    for (const [text, at] of strings(parsed.parsed.data)) {
      problems.push(...problemsIn(text, titleOf, { file, line: parsed.parsed.lineOf(at), field: fieldName(at) }));
    }
  }
  return problems;
}
