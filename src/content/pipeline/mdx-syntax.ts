import type { ContentProblem } from './errors.ts';

/** An MDX compile error as a content problem; `firstLine` is the file line the compiled text starts on. */
export function mdxSyntaxProblem(error: unknown, file: string, firstLine = 1): ContentProblem {
  const e = error as { line?: number; reason?: string; message?: string };
  const line = typeof e.line === 'number' ? e.line + firstLine - 1 : undefined;
  return { file, line, field: 'body', message: `MDX syntax error: ${e.reason ?? e.message ?? String(error)}` };
}

/**
 * Whether a card's text needs MDX's own syntax, or reads the same as plain Markdown. MDX differs from Markdown only
 * in JSX and HTML (`<`), expressions (`{`, `}`), `import`/`export` lines, autolinks (`<https://…>`) and indented
 * code (a line starting with a tab or four spaces): a text with none of them parses to the same tree either way.
 */
export function needsMdx(body: string): boolean {
  return /[<{}]/.test(body) || /^(?:import|export)\s/m.test(body) || /^(?:\t| {4})/m.test(body);
}
