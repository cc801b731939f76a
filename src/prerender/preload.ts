/**
 * Which chunks a prerendered page needs to start its app: the app's start module (src/main.tsx) and the page's route
 * modules, each with the chunks it imports statically, read from Vite's build manifest. The page lists them on its
 * root element (`data-preload`), so src/boot.ts can fetch them all at once, instead of the route's chunks only after
 * the app has started (when depends on the page: src/lib/start-mode.ts).
 */

/** The part of a Vite manifest entry (`.vite/manifest.json`) this step reads. */
export type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[] };
export type Manifest = Record<string, ManifestChunk>;

export const APP_START = 'src/main.tsx';

// Found once per manifest: the prerender step asks for every page, and a large knowledge base's manifest has
// thousands of entries.
const entries = new WeakMap<Manifest, string | undefined>();
function entryOf(manifest: Manifest): string | undefined {
  if (!entries.has(manifest)) entries.set(manifest, Object.keys(manifest).find((k) => manifest[k].isEntry));
  return entries.get(manifest);
}

/**
 * Files (relative to the build's folder) of the chunks `sources` need before they can run, in load order, without
 * the entry chunk and its imports (the template's own script and modulepreload tags fetch those).
 */
export function chunksToPreload(manifest: Manifest, sources: readonly string[]): string[] {
  const entryKey = entryOf(manifest);
  const skip = new Set<string>();
  const files: string[] = [];
  const visit = (key: string, into: string[] | undefined) => {
    const chunk = manifest[key];
    if (!chunk || skip.has(key)) return;
    skip.add(key);
    chunk.imports?.forEach((k) => visit(k, into));
    into?.push(chunk.file);
  };
  if (entryKey) visit(entryKey, undefined);
  for (const source of [APP_START, ...sources]) {
    if (!manifest[source]) throw new Error(`prerender: ${source} is not in the build manifest, so its chunks cannot be preloaded`);
    visit(source, files);
  }
  return files;
}

/** The `data-preload` value: the built files' addresses under the site's base path, separated by spaces. */
export function preloadList(files: readonly string[], base: string): string {
  return files.map((f) => base + f).join(' ');
}
