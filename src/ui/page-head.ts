import { createContext } from 'react';

/** What a page says about itself for the document head: collected while prerendering, unused in the browser. */
export type PageHead = { title?: string; description?: string };

/** Provided only by the prerenderer (src/prerender/entry-server.tsx); `undefined` in the browser. */
export const PageHeadContext = createContext<PageHead | undefined>(undefined);
