/** A heading's anchor id, GitHub style: "Research and evaluation" -> "research-and-evaluation". */
export function slugify(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}

/** The anchor of a glossary term on its page ("Peer worker" -> "peer-worker"): ASCII, accents dropped. */
export function termAnchor(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
