/**
 * A card as a reference a practitioner can paste into a paper or a reference manager: APA 7 (a web page with a
 * group author), BibTeX (@misc, which BibTeX and biblatex both read) and RIS (TY ELEC). Pure: text in, text out.
 */

export type CitedCard = {
  id: string;
  title: string;
  /** The card's absolute address. */
  url: string;
  /** When the card was last reviewed, YYYY-MM-DD: the version cited. */
  reviewed: string;
  /** The knowledge base, as the group author and site name. */
  site: string;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateParts(date: string): { year: string; month: number; day: number } {
  const [year, month, day] = date.split('-');
  return { year, month: Number(month), day: Number(day) };
}

/** "2 December 2026", as the card page shows a date. */
export function longDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** APA 7, a page on a website whose author is the site itself: the site name is not repeated. */
export function apaCitation(c: CitedCard): string {
  const { year, month, day } = dateParts(c.reviewed);
  const title = /[.?!]$/.test(c.title) ? c.title : `${c.title}.`;
  return `${c.site}. (${year}, ${MONTHS[month - 1]} ${day}). ${title} ${c.url}`;
}

/** Escapes the characters TeX treats as commands, so a title such as "Q&A" survives BibTeX. */
function tex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (ch) => {
    if (ch === '\\') return '\\textbackslash{}';
    if (ch === '^') return '\\textasciicircum{}';
    if (ch === '~') return '\\textasciitilde{}';
    return `\\${ch}`;
  });
}

/** The entry's key: letters, digits and hyphens only, as every BibTeX tool accepts. */
export const bibtexKey = (c: CitedCard) => `odkb-${c.id}-${dateParts(c.reviewed).year}`;

/** BibTeX @misc; double braces keep the group author and the title's capitals as written. */
export function bibtexCitation(c: CitedCard): string {
  const { year, month } = dateParts(c.reviewed);
  const fields: [string, string][] = [
    ['author', `{${tex(c.site)}}`],
    ['title', `{${tex(c.title)}}`],
    ['year', year],
    ['month', MONTHS[month - 1].slice(0, 3).toLowerCase()],
    ['date', c.reviewed],
    ['url', c.url],
    ['howpublished', `\\url{${c.url}}`],
    ['note', `Last reviewed ${c.reviewed}`],
  ];
  // `month` is a BibTeX macro (jan, feb, …), so it goes unbraced.
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`).join(',\n');
  return `@misc{${bibtexKey(c)},\n${body}\n}`;
}

/** RIS, as Zotero, EndNote and Mendeley import it; one tag per line, the record closed by ER. */
export function risCitation(c: CitedCard): string {
  const { year } = dateParts(c.reviewed);
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  return [
    'TY  - ELEC',
    `AU  - ${clean(c.site)}`,
    `TI  - ${clean(c.title)}`,
    `PY  - ${year}`,
    `DA  - ${c.reviewed.replace(/-/g, '/')}`,
    `PB  - ${clean(c.site)}`,
    `UR  - ${c.url}`,
    `N1  - Last reviewed ${c.reviewed}`,
    'ER  - ',
  ].join('\n');
}

export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA', format: apaCitation },
  { id: 'bibtex', label: 'BibTeX', format: bibtexCitation },
  { id: 'ris', label: 'RIS', format: risCitation },
] as const;
