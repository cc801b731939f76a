/** A heading's anchor id, GitHub style: "Research and evaluation" -> "research-and-evaluation". */
export function slugify(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}
