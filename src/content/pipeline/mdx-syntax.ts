import type { ContentProblem } from './errors.ts';

/** The body line of the last `{` that no `}` closes (MDX reports an unclosed brace at the end of the file). */
function unclosedBraceLine(body: string): number | undefined {
  const open: number[] = [];
  body.split('\n').forEach((text, i) => {
    for (const ch of text.replace(/\\[{}]|`[^`]*`/g, '')) {
      if (ch === '{') open.push(i + 1);
      else if (ch === '}') open.pop();
    }
  });
  return open.at(-1);
}

/**
 * An MDX compile error as a content problem, at the file's own line: `firstLine` is the file line the compiled
 * text (`body`) starts on. MDX counts lines from the body's start and, for some errors, gives a place only in its
 * message (an unclosed block element: "(5:1-5:6)"), or the end of the file (an unclosed brace).
 */
export function mdxSyntaxProblem(error: unknown, file: string, firstLine = 1, body = ''): ContentProblem {
  const e = error as { line?: number; reason?: string; message?: string };
  const shift = (line: number) => line + firstLine - 1;
  const reason = e.reason ?? e.message ?? String(error);
  const inMessage = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  const bodyLine = /closing brace/.test(reason) ? (unclosedBraceLine(body) ?? e.line) : (e.line ?? (inMessage ? Number(inMessage[1]) : undefined));
  // Places in the message, in the file's own lines.
  const message = reason.replace(/\((\d+):(\d+)(?:-\d+:\d+)?\)/g, (_, line: string, column: string) => `(line ${shift(Number(line))}, column ${column})`);
  return { file, line: typeof bodyLine === 'number' ? shift(bodyLine) : undefined, field: 'body', message: `MDX syntax error: ${message}` };
}

/**
 * Whether a card's text needs MDX's own syntax, or reads the same as plain Markdown. MDX differs from Markdown only
 * in JSX and HTML (`<`), expressions (`{`, `}`), `import`/`export` lines, autolinks (`<https://…>`) and indented
 * code (a line starting with a tab or four spaces): a text with none of them parses to the same tree either way.
 */
export function needsMdx(body: string): boolean {
  return /[<{}]/.test(body) || /^(?:import|export)\s/m.test(body) || /^(?:\t| {4})/m.test(body);
}
