import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles } from './import-graph';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('import cycles', () => {
  it('finds a cycle that runs through a type-only import, which lint lets through', () => {
    const root = tree({
      'a.ts': "import { b } from './b';\nexport type A = { n: number };\nexport const a = b;",
      'b.ts': "import type { A } from './a';\nexport const b: A = { n: 1 };",
      'c.ts': "import { a } from './a';\nexport const c = a;",
    });
    expect(importCycles(root)).toEqual([['a.ts', 'b.ts']]);
  });

  it('follows re-exports, side-effect imports, lazy imports and folder indexes', () => {
    const root = tree({
      'x.ts': "export * from './y';",
      'y.ts': "import './z';",
      'z/index.ts': "export const load = () => import('../x');",
    });
    expect(importCycles(root)).toEqual([['x.ts', 'y.ts', 'z/index.ts']]);
  });

  it('src/ has none, type imports included', () => {
    expect(importCycles(path.resolve(import.meta.dirname, '../../src'))).toEqual([]);
  });
});
