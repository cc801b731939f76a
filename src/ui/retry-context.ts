import { createContext } from 'react';

/**
 * Tries again to load the current page: a new router, whose routes fetch their code and data afresh (a router keeps
 * a route's failed code load for its lifetime). Provided by src/main.tsx; undefined where no app runs (tests).
 */
export const RetryContext = createContext<(() => Promise<void>) | undefined>(undefined);
