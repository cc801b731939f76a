import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { fieldName, type ContentProblem } from './errors.ts';

/** YAML parsed with the positions kept, so a problem found later can still name its line. */
export type ParsedYaml = { data: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined };

/**
 * Parses YAML text that starts at `firstLine` of `file` (frontmatter starts at line 2).
 * Syntax errors become problems with their line.
 */
export function parseYaml(
  text: string,
  file: string,
  firstLine = 1,
): { ok: true; parsed: ParsedYaml } | { ok: false; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line + firstLine - 1,
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk up the path until a node with a position is found (a missing field points at its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { ok: true, parsed: { data: doc.toJS(), lineOf } };
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  const text = JSON.stringify(input);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Validates parsed YAML against a schema; each zod issue becomes a problem naming the field and line. */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
): { ok: true; value: z.infer<S> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path;
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const field = unknownKeys.length ? fieldName([...path, unknownKeys[0]]) : fieldName(path);
      const message = unknownKeys.length
        ? `unknown field (${unknownKeys.join(', ')}); check the spelling against the schema in src/content/schema.ts`
        : `${issue.message}; received ${describeReceived(issue.input)}`;
      return { file, line: parsed.lineOf(unknownKeys.length ? [...path, unknownKeys[0]] : path), field, message };
    }),
  };
}
