import type { KeyboardEvent } from 'react';
import { VIEW_LABELS, VIEWS, type View } from './url-state';

export const PANEL_ID = 'compare-panel';
export const tabId = (v: View) => `compare-tab-${v}`;

/** The views as ARIA tabs: arrow keys, Home and End move between them, and the choice goes into the URL. */
export function ViewTabs({ view, onChange }: { view: View; onChange: (v: View) => void }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = VIEWS.indexOf(view);
    const next =
      e.key === 'ArrowRight' ? VIEWS[(i + 1) % VIEWS.length]
      : e.key === 'ArrowLeft' ? VIEWS[(i - 1 + VIEWS.length) % VIEWS.length]
      : e.key === 'Home' ? VIEWS[0]
      : e.key === 'End' ? VIEWS[VIEWS.length - 1]
      : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label="Views" className="view-tabs" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          id={tabId(v)}
          type="button"
          role="tab"
          aria-selected={v === view}
          aria-controls={PANEL_ID}
          tabIndex={v === view ? 0 : -1}
          className="view-tab"
          onClick={() => onChange(v)}
        >
          {VIEW_LABELS[v]}
        </button>
      ))}
    </div>
  );
}
