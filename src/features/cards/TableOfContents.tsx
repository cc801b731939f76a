import type { Section } from './card-sections';

/**
 * "On this page": a collapsible list on narrow screens (a <details>, so it works before and without JavaScript);
 * on wide screens the stylesheet keeps it open and sticky in the empty column beside the text (card-extras.css).
 */
export function TableOfContents({ sections }: { sections: readonly Section[] }) {
  return (
    <nav className="toc" aria-labelledby="toc-label">
      <details className="toc-details">
        <summary id="toc-label">On this page</summary>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
