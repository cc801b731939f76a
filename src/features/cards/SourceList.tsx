import { Citation } from '../../ui/Citation';
import { useCardDetail } from './card-detail-context';
import { sectionHeightEstimate, textRem } from './section-height';

/** The card's sources as full citations. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = new Map(useCardDetail().sources.map((s) => [s.id, s]));
  // Each citation: all its fields' words (a little more than it shows) and the item's margin.
  const citationText = (id: string) => Object.values(sources.get(id) ?? { id }).flat().join(' ');
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
