/**
 * Loading the app's code and data over a connection that may drop, and from a site that may have been deployed
 * again since the page loaded (src/app/README.md, "When something does not load").
 *
 * - A load that fails is tried again after a pause (a dropped connection often comes back within a second).
 * - A file that is gone (HTTP 404, or the host's HTML page where a script or JSON file was asked for) means the
 *   site was updated under the open tab: trying again cannot help, so the error says so (`StaleBuildError`), and
 *   the app then loads the page from the server in full, with the new version's files.
 */

/** Pauses before each new try: the app's entry uses the same (src/boot.ts). */
export const RETRY_DELAYS_MS = [250, 1000];

/** The files this page was built with are gone from the server: a newer version of the site replaced them. */
export class StaleBuildError extends Error {
  constructor(what: string) {
    super(`${what} is no longer on the server: the site has been updated since this page loaded`);
    this.name = 'StaleBuildError';
  }
}

/** A file did not arrive (no connection, or the server did not answer). Trying again may work. */
export class NotLoadedError extends Error {
  constructor(what: string, cause?: unknown) {
    super(`${what} did not arrive: the connection may have dropped`, { cause });
    this.name = 'NotLoadedError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `load()`, tried again after each of `delays` while it fails; a stale build is not tried again. */
export async function withRetry<T>(load: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (const delay of delays) {
    try {
      return await load();
    } catch (error) {
      if (error instanceof StaleBuildError) throw error;
      await sleep(delay);
    }
  }
  return load();
}

/** Whether a response is the host's page for a missing file rather than the file (a 404, or HTML served for it). */
const isMissing = (response: Response) => response.status === 404 || response.status === 410 || /text\/html/.test(response.headers.get('content-type') ?? '');

/** Fetches a JSON data file of this build: a `NotLoadedError` when it does not arrive, a `StaleBuildError` when gone. */
export async function fetchJson<T>(url: string, what: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new NotLoadedError(what, error);
  }
  if (isMissing(response)) throw new StaleBuildError(what);
  if (!response.ok) throw new NotLoadedError(`${what} (HTTP ${response.status})`);
  try {
    return (await response.json()) as T;
  } catch {
    // A host that answers a missing file with a page and the wrong type: the body is HTML, not this build's data.
    throw new StaleBuildError(what);
  }
}

/**
 * Why a script module did not load. Browsers say only that the import failed (Chromium and Firefox name the URL);
 * asking the server again tells a file that is gone from a connection that dropped.
 */
export async function whyImportFailed(error: unknown, what: string): Promise<Error> {
  if (error instanceof StaleBuildError || error instanceof NotLoadedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const url = /\bhttps?:\/\/\S+/.exec(message)?.[0] ?? /(?:^|\s)(\/\S+\.(?:js|css))\b/.exec(message)?.[1];
  try {
    // Without the file's URL (Safari), the page itself tells whether the server answers at all.
    const response = await fetch(url ?? window.location.href, { method: url ? 'GET' : 'HEAD', cache: 'no-store' });
    if (url ? isMissing(response) : response.ok) return new StaleBuildError(what);
  } catch {
    return new NotLoadedError(what, error);
  }
  // The file is there now (the connection dropped while it was on its way), or the server is failing.
  return new NotLoadedError(what, error);
}

/**
 * Imports a module with `withRetry`; when it still fails, the error says why (`whyImportFailed`). Chromium fetches
 * a module that failed to arrive again on the next `import()` of its URL, so each try is a new request.
 */
export async function importWithRetry<T>(load: () => Promise<T>, what: string): Promise<T> {
  try {
    return await withRetry(load);
  } catch (error) {
    throw await whyImportFailed(error, what);
  }
}

/** Whether `error` means the reader should be told something did not load (rather than that the app is broken). */
export const isLoadError = (error: unknown): error is StaleBuildError | NotLoadedError =>
  error instanceof StaleBuildError || error instanceof NotLoadedError;

const RELOADED_KEY = 'od-stale-reload';

/**
 * Loads the current address from the server in full, with the new version's files, at most once a minute per
 * address (so a host that keeps serving a page whose files are gone cannot make the page reload without end).
 * Returns false when it did not reload.
 */
export function reloadForNewVersion(href = window.location.href): boolean {
  try {
    const last = JSON.parse(sessionStorage.getItem(RELOADED_KEY) ?? 'null') as { href: string; at: number } | null;
    if (last && last.href === href && Date.now() - last.at < 60_000) return false;
    sessionStorage.setItem(RELOADED_KEY, JSON.stringify({ href, at: Date.now() }));
  } catch {
    // Storage refused (private mode in some browsers): reload anyway; the next failure shows the notice.
  }
  window.location.assign(href);
  return true;
}
