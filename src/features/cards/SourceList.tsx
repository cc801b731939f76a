import { Citation } from '../../ui/Citation';
import { useCardDetail } from './card-detail-context';

/** The card's sources as full citations. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = new Map(useCardDetail().sources.map((s) => [s.id, s]));
  return (
    <section aria-labelledby="sources-heading" className="card-section">
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
