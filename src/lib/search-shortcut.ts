/** Typing in a field: `/` is a character there, not a shortcut, and a key is the field's own. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The keys that open search anywhere: Ctrl+K, Cmd+K, or `/` when not typing in a field. */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
  return ctrlK || slash;
}
