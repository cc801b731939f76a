import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, importWithRetry, NotLoadedError, StaleBuildError, withRetry } from '../../src/lib/load-retry';

const NO_WAIT = [0, 0];
afterEach(() => vi.unstubAllGlobals());

describe('withRetry', () => {
  it('tries again after a failure, and gives the result of the try that works', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce('card');
    await expect(withRetry(load, NO_WAIT)).resolves.toBe('card');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up after one try per pause and one more, with the last error', async () => {
    const load = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(withRetry(load, NO_WAIT)).rejects.toThrow('Failed to fetch');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not try again when the files are gone after a deploy', async () => {
    const load = vi.fn().mockRejectedValue(new StaleBuildError('The card'));
    await expect(withRetry(load, NO_WAIT)).rejects.toBeInstanceOf(StaleBuildError);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('fetchJson tells a dropped connection from a deploy', () => {
  const answer = (response: Response | Error) => vi.stubGlobal('fetch', vi.fn(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response))));

  it('reads the JSON', async () => {
    answer(new Response('{"body":[]}', { headers: { 'content-type': 'application/json' } }));
    await expect(fetchJson('/assets/cards/x.json', 'The card')).resolves.toEqual({ body: [] });
  });
  it('no answer: not loaded', async () => {
    answer(new TypeError('Failed to fetch'));
    await expect(fetchJson('/assets/cards/x.json', 'The card')).rejects.toBeInstanceOf(NotLoadedError);
  });
  it('404: gone', async () => {
    answer(new Response('Not found', { status: 404 }));
    await expect(fetchJson('/assets/cards/x.json', 'The card')).rejects.toBeInstanceOf(StaleBuildError);
  });
  it("the host's HTML page for the file: gone", async () => {
    answer(new Response('<!doctype html><title>Home</title>', { headers: { 'content-type': 'text/html' } }));
    await expect(fetchJson('/assets/cards/x.json', 'The card')).rejects.toBeInstanceOf(StaleBuildError);
  });
  it('HTML under another type (JSON that does not parse): gone', async () => {
    answer(new Response('<!doctype html>', { headers: { 'content-type': 'application/octet-stream' } }));
    await expect(fetchJson('/assets/cards/x.json', 'The card')).rejects.toBeInstanceOf(StaleBuildError);
  });
  it('a server error: not loaded (it may work later)', async () => {
    answer(new Response('oops', { status: 503 }));
    await expect(fetchJson('/assets/cards/x.json', 'The card')).rejects.toBeInstanceOf(NotLoadedError);
  });
});

describe('importWithRetry', () => {
  const failed = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/x-1.js'));
  it('a chunk the server no longer has: gone', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('<!doctype html>', { status: 404, headers: { 'content-type': 'text/html' } }))));
    await expect(importWithRetry(failed, 'The page')).rejects.toBeInstanceOf(StaleBuildError);
    expect(fetch).toHaveBeenCalledWith('http://localhost/assets/x-1.js', expect.anything());
  });
  it('a chunk that did not arrive while the server is unreachable: not loaded', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(importWithRetry(failed, 'The page')).rejects.toBeInstanceOf(NotLoadedError);
  });
});
