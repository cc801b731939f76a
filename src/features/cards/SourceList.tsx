import { Citation } from '../../ui/Citation';
import { useCardDetail } from './card-detail-context';
import { sectionHeightEstimate, textRem } from './section-height';

/** Room for what a citation adds to its fields' text: labels, dates and punctuation. */
const CITATION_EXTRA = ' '.repeat(28);

/** The card's sources as full citations. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = new Map(useCardDetail().sources.map((s) => [s.id, s]));
  // Each citation: all its fields' words, the labels and punctuation it adds ("(n.d.). ", "doi:", "Read ") and the
  // item's margin; a little more than it shows, as links and DOIs break only where they can.
  const citationText = (id: string) => `${Object.values(sources.get(id) ?? { id }).flat().join(' ')}${CITATION_EXTRA}`;
  const height = sectionHeightEstimate(ids.reduce((sum, id) => sum + textRem(citationText(id)) + 0.5, 0));
  return (
    <section aria-labelledby="sources-heading" className="card-section" data-height-estimate={height}>
      <h2 id="sources-heading">Sources</h2>
      <ol className="sources">
        {ids.map((id) => {
          const source = sources.get(id);
          return (
            <li key={id} id={`source-${id}`}>
              {source ? <Citation source={source} /> : id}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
