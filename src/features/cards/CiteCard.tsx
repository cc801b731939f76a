import { useEffect, useRef, useState } from 'react';
import { CITATION_FORMATS, type CitedCard } from './citation';

/**
 * "Cite this card": APA, BibTeX and RIS, each with a copy button. Only APA is in the page's HTML; the other two
 * render when the reader opens the box, which keeps a card page's DOM small.
 */
export function CiteCard({ card }: { card: CitedCard }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before the app started: the toggle event came before React listened.
  useEffect(() => setOpen(ref.current?.open ?? false), []);
  const formats = open ? CITATION_FORMATS : CITATION_FORMATS.slice(0, 1);
  return (
    <details className="cite" ref={ref} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Cite this card</summary>
      {formats.map((f) => (
        <CitationFormat key={f.id} id={f.id} label={f.label} text={f.format(card)} live={open} />
      ))}
    </details>
  );
}

/** `live`: the box is open, so the "Copied" status region exists (and is announced), and not before. */
function CitationFormat({ id, label, text, live }: { id: string; label: string; text: string; live: boolean }) {
  const pre = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(t);
  }, [status]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      // No clipboard (permission refused, an old browser): select the text so the reader can copy it by hand.
      const range = document.createRange();
      if (pre.current) range.selectNodeContents(pre.current);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setStatus('Selected: press Ctrl+C (⌘C) to copy');
    }
  };
  return (
    <div className="cite-format" data-format={id}>
      <div className="cite-format-head">
        <h3 id={`cite-${id}`}>{label}</h3>
        <button type="button" className="button" aria-describedby={`cite-${id}`} onClick={copy}>
          Copy {label}
        </button>
        {live && (
          <span role="status" className="cite-status">
            {status}
          </span>
        )}
      </div>
      <pre ref={pre} aria-labelledby={`cite-${id}`} tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}
