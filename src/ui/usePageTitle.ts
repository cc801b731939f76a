import { useContext, useEffect } from 'react';
import { PageHeadContext } from './page-head';

export const SITE_NAME = 'Open Dialogue knowledge base';

/**
 * Sets the document title for the page ("Card — Open Dialogue knowledge base"). `description` (optional) is
 * the page's meta and social-preview description; while prerendering both are recorded for the static head.
 */
export function usePageTitle(title?: string, description?: string) {
  const head = useContext(PageHeadContext);
  if (head) {
    // Prerendering only: one render pass, so recording during render is safe; the innermost page wins.
    head.title = title;
    if (description) head.description = description;
  }
  useEffect(() => {
    document.title = title ? `${title} — ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
