/**
 * The search dialog's light shell: the same box, drawn with plain DOM in a few milliseconds, so search opens at once
 * (Ctrl+K, Cmd+K, `/`, the header's Search) whether or not the app is running or the search code and index have
 * arrived. The reader types into it meanwhile; the full dialog (features/search/SearchDialog.tsx) takes it over,
 * text, caret and all, in the frame it appears. Enter before then opens the search page for what was typed.
 */
import { BASENAME } from '../lib/basename';
import './search-shell.css';

export const SEARCH_PLACEHOLDER = 'Search cards, sections, decks, paths, terms…';
export const SEARCH_LABEL = 'Search the knowledge base';

/** What the reader typed in the shell, handed to the full dialog. */
export type Handover = { query: string; selection: [number, number] };

let shell: { dialog: HTMLDialogElement; input: HTMLInputElement; returnTo: HTMLElement | null } | undefined;
/** The reader closed the shell before the full dialog arrived: it must not open after all. */
let dismissed = false;

const SVG = 'http://www.w3.org/2000/svg';
function searchIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ 'aria-hidden': 'true', width: '20', height: '20', viewBox: '0 0 24 24', class: 'search-icon' })) svg.setAttribute(k, v);
  svg.innerHTML = '<circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>';
  return svg;
}

function build() {
  const dialog = Object.assign(document.createElement('dialog'), { className: 'search-dialog search-shell' });
  dialog.setAttribute('aria-label', 'Search');
  const box = Object.assign(document.createElement('div'), { className: 'search-box' });
  const input = Object.assign(document.createElement('input'), {
    id: 'search-shell-input',
    type: 'text',
    placeholder: SEARCH_PLACEHOLDER,
    autocomplete: 'off',
    spellcheck: false,
    maxLength: 500,
  });
  const label = Object.assign(document.createElement('label'), { className: 'visually-hidden', htmlFor: input.id, textContent: SEARCH_LABEL });
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'search-close', textContent: 'Close' });
  close.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ' search' }));
  close.addEventListener('click', () => dialog.close());
  const status = Object.assign(document.createElement('p'), { className: 'search-shell-status', textContent: 'Loading search…' });
  status.setAttribute('role', 'status');
  box.append(label, searchIcon(), input, close);
  dialog.append(box, status);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    } else if (e.key === 'Enter' && !e.isComposing && input.value.trim()) {
      e.preventDefault();
      window.location.assign(`${BASENAME}/search?${new URLSearchParams({ q: input.value })}`);
    }
  });
  dialog.addEventListener('close', () => {
    if (!shell || shell.dialog !== dialog) return;
    dismissed = true;
    const { returnTo } = shell;
    shell = undefined;
    dialog.remove();
    returnTo?.focus();
  });
  return { dialog, input };
}

/** Shows the shell (or focuses it, if it is open already) with its field focused. */
export function openSearchShell() {
  dismissed = false;
  if (!shell) {
    const returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    shell = { ...build(), returnTo };
    document.body.append(shell.dialog);
    shell.dialog.showModal();
  }
  shell.input.focus();
}

export const searchShellOpen = () => shell !== undefined;

/** Where focus was before the shell opened, to return it there when search closes. */
export const searchShellReturnTo = () => shell?.returnTo ?? null;

/** What is typed in the shell now, if it is open. */
export const searchShellQuery = () => shell?.input.value;

/**
 * For the full dialog, in the frame it appears: closes and removes the shell and returns what was typed (or
 * 'dismissed' if the reader closed the shell meanwhile; undefined if there was none).
 */
export function takeOverSearchShell(): Handover | 'dismissed' | undefined {
  if (dismissed) {
    dismissed = false;
    return 'dismissed';
  }
  if (!shell) return undefined;
  const { dialog, input } = shell;
  const handover: Handover = { query: input.value, selection: [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length] };
  shell = undefined;
  dialog.close();
  dialog.remove();
  return handover;
}
