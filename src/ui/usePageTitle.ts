import { useEffect } from 'react';

export const SITE_NAME = 'Open Dialogue knowledge base';

/** Sets the document title for the page ("Card — Open Dialogue knowledge base"). */
export function usePageTitle(title?: string) {
  useEffect(() => {
    document.title = title ? `${title} — ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
