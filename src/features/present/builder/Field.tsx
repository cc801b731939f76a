import { useId, type ReactNode } from 'react';

/**
 * A labelled form control: the label names the control by `for`, so its name is the label's words alone (a label
 * wrapped around a select would also read out the options).
 */
export function Field({ label, hint, className = '', children }: { label: string; hint?: string; className?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={`builder-field ${className}`}>
      <label htmlFor={id}>
        {label}
        {hint && <span className="muted"> ({hint})</span>}
      </label>
      {children(id)}
    </div>
  );
}
