/** A problem in a content file, precise enough for an author to fix it without hunting. */
export type ContentProblem = {
  /** Path relative to the project root, e.g. `content/cards/pod.mdx`. */
  file: string;
  /** 1-based line, where the syntax gives one. */
  line?: number;
  /** The frontmatter field or data path, e.g. `related[1].relation`. */
  field?: string;
  message: string;
};

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` field "${p.field}":` : '';
  return `${where} —${field} ${p.message}`;
}

/** Thrown by the build and the dev server; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** `["related", 1, "relation"]` -> `related[1].relation` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}
