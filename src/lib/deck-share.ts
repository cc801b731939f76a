/**
 * A deck as a link, with no server: the whole deck in the URL's fragment (never sent to any host), compact and
 * robust. `1.<head>.<slide>.<slide>…`: the head and each slide are a short JSON array (card slides carry only ids),
 * as base64url after a four-character checksum. A damaged or cut-off link loses only the parts it damaged: each part
 * is read on its own, and the checksum tells a damaged part from a good one.
 */
import type { SlideSource } from '../content/deck-schema';
import { readDeck, type Known, type ReadResult } from './deck-input';
import type { MyDeck } from './my-decks';

const VERSION = '1';

function toBase64Url(textValue: string): string {
  const bytes = new TextEncoder().encode(textValue);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** FNV-1a over the part, as 4 base64url characters (24 bits): a damaged part is caught, not misread. */
function checksum(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193) >>> 0;
  return Array.from({ length: 4 }, (_, i) => ALPHABET[(h >>> (i * 6)) & 63]).join('');
}

/** Trailing empty fields left out: most slides are a kind and a card id. */
function tuple(...values: unknown[]): unknown[] {
  const out = values.map((v) => v ?? null);
  while (out.length && (out.at(-1) === null || (Array.isArray(out.at(-1)) && (out.at(-1) as unknown[]).length === 0))) out.pop();
  return out;
}

function slideTuple(s: SlideSource): unknown[] {
  if (s.kind === 'card') return tuple('c', s.card, s.section, s.notes);
  if (s.kind === 'compare') return tuple('v', s.title, s.query, s.caption, s.notes);
  return tuple('t', s.title, s.body, s.notes, s.sources);
}

function slideObject(t: unknown): unknown {
  if (!Array.isArray(t)) return t;
  const at = (i: number) => t[i] ?? undefined;
  if (t[0] === 'c') return { kind: 'card', card: at(1), section: at(2), notes: at(3) };
  if (t[0] === 'v') return { kind: 'compare', title: at(1), query: at(2) ?? '', caption: at(3), notes: at(4) };
  if (t[0] === 't') return { kind: 'text', title: at(1), body: at(2), notes: at(3), sources: at(4) ?? [] };
  return { kind: t[0] };
}

const encodePart = (value: unknown) => {
  const b64 = toBase64Url(JSON.stringify(value));
  return checksum(b64) + b64;
};

/** The part's value, or undefined when it is damaged. */
function decodePart(part: string): { value: unknown } | undefined {
  const sum = part.slice(0, 4);
  const b64 = part.slice(4);
  if (!b64 || checksum(b64) !== sum) return undefined;
  try {
    return { value: JSON.parse(fromBase64Url(b64)) };
  } catch {
    return undefined;
  }
}

/** The fragment (without `#`) that carries the deck. */
export function encodeDeck(deck: Pick<MyDeck, 'id' | 'title' | 'summary' | 'minutes' | 'slides'>): string {
  const head = tuple(deck.title, deck.summary || null, deck.minutes, deck.id);
  return [VERSION, encodePart(head), ...deck.slides.map((s) => encodePart(slideTuple(s)))].join('.');
}

export type SharedDeck = ReadResult & { /** The id the deck had where it was shared, when readable. */ id?: string };

/** Reads a fragment made by `encodeDeck`; never throws: what it cannot read is named in `dropped`. */
export function decodeDeck(fragment: string, known: Known): SharedDeck {
  let raw = fragment;
  try {
    raw = decodeURIComponent(raw); // a mail program may have escaped it
  } catch {
    // Kept as it is: the parts say what they can.
  }
  const [version, headPart = '', ...slideParts] = raw.trim().replace(/^#/, '').split('.');
  if (version !== VERSION) {
    return { deck: { title: 'Shared deck', summary: '', slides: [] }, dropped: ['The link holds no deck this site can read (it may be cut short)'] };
  }
  const dropped: string[] = [];
  const head = decodePart(headPart)?.value;
  const [title, summary, minutes, id] = Array.isArray(head) ? head : [];
  if (!Array.isArray(head)) dropped.push('The deck\'s title and summary (that part of the link is damaged)');
  const slides = slideParts.map((part, i) => {
    const decoded = decodePart(part);
    if (!decoded) dropped.push(`Slide ${i + 1}: that part of the link is damaged`);
    return decoded ? slideObject(decoded.value) : undefined;
  });
  const read = readDeck({ title, summary, minutes: minutes ?? undefined, slides }, known, 'Shared deck');
  // A damaged slide was named above; the reader need not hear about it twice.
  const damaged = new Set(slides.flatMap((s, i) => (s === undefined ? [`Slide ${i + 1}: it could not be read`] : [])));
  return {
    id: typeof id === 'string' ? id : undefined,
    deck: read.deck,
    dropped: [...dropped, ...read.dropped.filter((d) => !damaged.has(d))],
  };
}
