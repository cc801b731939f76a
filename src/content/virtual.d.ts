// The content model, served by src/content/pipeline/vite-plugin.ts after validation.
declare module 'virtual:content/index' {
  const index: { cards: import('./schema').CardMeta[] };
  export default index;
}
declare module 'virtual:content/card/*' {
  /** One card's metadata (the id follows the slash): for a page that shows a few cards without the index. */
  const card: import('./schema').CardMeta;
  export default card;
}
declare module 'virtual:content/card-count' {
  const count: number;
  export default count;
}
declare module 'virtual:content/sources' {
  const sources: import('./schema').Source[];
  export default sources;
}
declare module 'virtual:content/search' {
  const search: import('./search-data').SearchData;
  export default search;
}
declare module 'virtual:content/decks' {
  const decks: import('./deck-schema').Deck[];
  export default decks;
}
declare module 'virtual:content/paths' {
  const paths: import('./guide-schema').GuidedPath[];
  export default paths;
}
declare module 'virtual:content/glossary' {
  const glossary: import('./guide-schema').GlossaryEntry[];
  export default glossary;
}
declare module 'virtual:content/webinar' {
  const webinar: import('./guide-schema').Webinar;
  export default webinar;
}
declare module 'virtual:content/graph' {
  const graph: import('./graph-schema').GraphLayout;
  export default graph;
}
declare module 'virtual:content/comparison' {
  const comparison: import('./comparison-schema').ComparisonData;
  export default comparison;
}
declare module 'virtual:content/evidence' {
  const studies: import('./evidence-schema').Study[];
  export default studies;
}
declare module 'virtual:content/bodies' {
  /** A card's body and details, fetched (or imported) on first use; undefined for an unknown card id. */
  export function loadCardFile(id: string): Promise<import('./schema').CardFile> | undefined;
}
declare module 'virtual:content/card-file/*' {
  /** One card's body and details (the id follows the slash): the dev server's and tests' form of `bodies`. */
  const file: import('./schema').CardFile;
  export default file;
}
