import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig, TransformResult } from 'vite';
import { describe, expect, it } from 'vitest';
import { bodyProcessor, mdxPlugin } from '../../src/content/build/mdx-plugin';

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

  it('compiles every body to the very module MDX gives, whether or not it uses MDX syntax', async () => {
    const titleOf = (id: string) => (id === 'alpha' ? 'Alpha card' : undefined);
    const asMdx = async (source: string) => String(await bodyProcessor('mdx', false, titleOf).process({ path: card, value: source }));
    const cardsDir = path.resolve(import.meta.dirname, '../../content/cards');
    const real = readdirSync(cardsDir).map((f) => readFileSync(path.join(cardsDir, f), 'utf8'));
    // Texts that plain Markdown reads differently: each must compile as MDX.
    const tricky = [
      'Indented by four spaces:\n\n    not code in MDX',
      'A tab:\n\n\tnot code either',
      'An <abbr title="Open Dialogue">OD</abbr> element',
      'An expression {1 + 1}',
      'export const x = 1\n\nText',
    ].map((body) => GAMMA.replace('Gamma mentions [[alpha]].', body));
    expect(real.length).toBeGreaterThan(10);
    const compile = buildPlugin();
    for (const [i, source] of [...real, ...tricky].entries()) {
      const result = await compile(source, path.join(root, `cards/body-${i}.mdx`));
      expect(result?.code, source.slice(0, 80)).toBe(await asMdx(source));
    }
  });

  it('leaves other files to other plugins', async () => {
    expect(await buildPlugin()('export default 1', path.join(root, '../src/x.ts'))).toBeUndefined();
  });
});
