/** Read access to the glossary; imported only by the glossary page. */
import glossary from 'virtual:content/glossary';
import type { GlossaryEntry } from './guide-schema';

export const glossaryEntries: readonly GlossaryEntry[] = glossary;

/** The anchor of a term on the glossary page ("Peer worker" -> "peer-worker"). */
export function termAnchor(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
