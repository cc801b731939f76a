import path from 'node:path';
import type { ResolvedConfig, TransformResult } from 'vite';
import { describe, expect, it } from 'vitest';
import { mdxPlugin } from '../../src/content/build/mdx-plugin';

const root = path.resolve('/kb/content');
const card = path.join(root, 'cards/gamma.mdx');
const GAMMA = `---
title: Gamma
kind: term
---

## A heading

Gamma mentions [[alpha]].
`;

/** The plugin as a one-off `vite build` runs it: its hooks called as Vite would. */
function buildPlugin() {
  const plugin = mdxPlugin(root, (id) => (id === 'alpha' ? 'Alpha card' : undefined));
  const config = { mode: 'production', command: 'build', build: { watch: null } } as unknown as ResolvedConfig;
  (plugin.configResolved as (c: ResolvedConfig) => void)(config);
  const transform = plugin.transform as (source: string, id: string) => Promise<TransformResult | undefined>;
  return (source: string, id = card) => transform(source, id);
}

describe('card bodies compiled for the build', () => {
  it('renders wiki links with the card title and gives headings ids', async () => {
    const result = await buildPlugin()(GAMMA);
    expect(result?.code).toContain('"/cards/alpha"');
    expect(result?.code).toContain('"Alpha card"');
    expect(result?.code).toContain('id: "a-heading"');
  });

  it('reports an MDX syntax error as a content problem naming the file, line and field', async () => {
    const broken = GAMMA.replace('Gamma mentions', 'Gamma <mentions');
    await expect(buildPlugin()(broken, card + '?import')).rejects.toThrow(
      /content\/cards\/gamma\.mdx:8 — field "body": MDX syntax error: /,
    );
  });

  it('compiles an edited body afresh instead of reusing the first compile', async () => {
    const compile = buildPlugin();
    await compile(GAMMA);
    const edited = await compile(GAMMA.replace('## A heading', '## Another heading'));
    expect(edited?.code).toContain('id: "another-heading"');
  });

  it('leaves other files to other plugins', async () => {
    expect(await buildPlugin()('export default 1', path.join(root, '../src/x.ts'))).toBeUndefined();
  });
});
