/** A card link in a body or slide text: `[[id]]` or `[[id|label]]` (the id, then the label, as groups). */
export const WIKILINK = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/g;
