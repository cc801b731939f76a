/** Read access to the glossary; imported only by the glossary page. */
import glossary from 'virtual:content/glossary';
import type { GlossaryEntry } from './guide-schema';

export const glossaryEntries: readonly GlossaryEntry[] = glossary;

/** The anchor of a term on the glossary page (shared with the search index, which links to it). */
export { termAnchor } from '../lib/slug';
