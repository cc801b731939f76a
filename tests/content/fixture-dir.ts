/** Fixture content folders for validation tests: copy a valid fixture, break one thing, load it. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** A factory of temp `content/` copies of `fixtureDir`, removed after each test. */
export function fixtureCopies(fixtureDir: string) {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  return async function fixture(change: (root: string) => Promise<void> = async () => {}) {
    const base = await mkdtemp(path.join(tmpdir(), 'od-content-'));
    dirs.push(base);
    const root = path.join(base, 'content');
    await cp(fixtureDir, root, { recursive: true });
    await change(root);
    return root;
  };
}

/** Replaces `from` with `to` in one fixture file; fails loudly when the edit does not apply. */
export async function edit(root: string, file: string, from: string | RegExp, to: string) {
  const full = path.join(root, file);
  const text = await readFile(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  await writeFile(full, next);
}
