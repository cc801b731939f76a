// @vitest-environment node
import { createElement as h, Suspense, use, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderComplete } from '../../src/prerender/render-complete';

/** A component that shows `text` once `promise` settles, as a lazily loaded part of a page would. */
const Later = ({ promise }: { promise: Promise<string> }) => h('p', null, use(promise));
const later = (text: string) => new Promise<string>((resolve) => setTimeout(() => resolve(text), 5));

describe('rendering a page to complete HTML', () => {
  it('gives the HTML of a page that does not wait for anything', async () => {
    expect(await renderComplete(() => h('main', null, h('h1', null, 'Dialogism'), 'Text & more'))).toBe('<main><h1>Dialogism</h1>Text &amp; more</main>');
  });

  it('waits for a part inside a Suspense boundary instead of sending its fallback', async () => {
    const promise = later('The network meeting');
    const html = await renderComplete(() => h('main', null, h(Suspense, { fallback: h('p', null, 'Loading…') }, h(Later, { promise }))));
    expect(html).toContain('<p>The network meeting</p>');
    expect(html).not.toContain('Loading…');
  });

  it('waits for a part that suspends outside any boundary', async () => {
    const promise = later('Polyphony');
    expect(await renderComplete(() => h('main', null, h(Later, { promise })))).toContain('<p>Polyphony</p>');
  });

  it('builds the tree afresh for the render it keeps, so what rendering records is from that render', async () => {
    const promise = later('done');
    const records: string[][] = [];
    const Record = ({ log }: { log: string[] }): ReactNode => (log.push('rendered'), null);
    await renderComplete(() => {
      const log: string[] = [];
      records.push(log);
      return h('main', null, h(Record, { log }), h(Suspense, { fallback: null }, h(Later, { promise })));
    });
    expect(records.length).toBe(2);
    expect(records.at(-1)).toEqual(['rendered']);
  });

  it('reports an error a component throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs it too; the rejection is what counts
    const Broken = (): ReactNode => {
      throw new Error('no such card');
    };
    await expect(renderComplete(() => h(Broken))).rejects.toThrow('no such card');
  });
});
