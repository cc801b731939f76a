/**
 * Shared steps for the YAML collections (paths, glossary, webinar): read and validate a data file, and check the
 * card and source ids it names against the validated cards, naming file, field and line.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { CardKind } from '../schema.ts';
import { fieldName, type ContentProblem } from './errors.ts';
import { rel, suggest, type LoadedContent } from './load-content.ts';
import { parseYaml, validateYaml, type ParsedYaml } from './yaml-data.ts';

export type DataFile<T> = { file: string; value: T; parsed: ParsedYaml };

/** Reads `full` and validates it against `schema`; problems are pushed, and undefined returned, when it fails. */
export async function readDataFile<S extends z.ZodType>(
  root: string,
  full: string,
  schema: S,
  problems: ContentProblem[],
): Promise<DataFile<z.infer<S>> | undefined> {
  const file = rel(root, full);
  let source: string;
  try {
    source = await readFile(full, 'utf8');
  } catch {
    problems.push({ file, message: 'the file is missing' });
    return undefined;
  }
  const parsed = parseYaml(source, file);
  if (!parsed.ok) return void problems.push(...parsed.problems), undefined;
  const valid = validateYaml(schema, parsed.parsed, file);
  if (!valid.ok) return void problems.push(...valid.problems), undefined;
  return { file, value: valid.value, parsed: parsed.parsed };
}

/** The file name without `.yaml`, when it is a valid id. */
export const idOfFile = (full: string) => path.basename(full).replace(/\.ya?ml$/, '');

/**
 * Checks references from a data file: `card(id, at, kind?)` and `source(id, at)` push a problem naming the field
 * (`at` is the YAML path, e.g. `["steps", 2, "card"]`) when the id is unknown or the card is of another kind.
 */
export function referenceChecker(base: LoadedContent, data: DataFile<unknown>, problems: ContentProblem[]) {
  const cards = new Map(base.index.cards.map((c) => [c.id, c]));
  const cardIds = [...cards.keys()];
  const sourceIds = base.sources.map((s) => s.id);
  const known = new Set(sourceIds);
  const where = (at: (string | number)[]) => ({
    file: data.file,
    line: data.parsed.lineOf(at),
    field: fieldName(at),
  });
  return {
    card(id: string, at: (string | number)[], kind?: CardKind) {
      const card = cards.get(id);
      if (!card) problems.push({ ...where(at), message: `unknown card "${id}".${suggest(id, cardIds)}` });
      else if (kind && card.kind !== kind) {
        problems.push({ ...where(at), message: `"${id}" is a card of kind "${card.kind}"; a card of kind "${kind}" is expected here` });
      }
    },
    source(id: string, at: (string | number)[]) {
      if (!known.has(id)) {
        problems.push({ ...where(at), message: `unknown source id "${id}": add it to content/sources.yaml.${suggest(id, sourceIds)}` });
      }
    },
    problem(message: string, at: (string | number)[]) {
      problems.push({ ...where(at), message });
    },
  };
}
