// The content model, served by src/content/build/vite-plugin.ts after validation.
declare module 'virtual:content/index' {
  const index: import('./schema').ContentIndex;
  export default index;
}
declare module 'virtual:content/sources' {
  const sources: import('./schema').Source[];
  export default sources;
}
declare module 'virtual:content/decks' {
  const decks: import('./deck-schema').Deck[];
  export default decks;
}
