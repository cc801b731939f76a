import { getSource } from '../../content/sources';
import { Citation } from '../../ui/Citation';

/** The card's sources as full citations. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  return (
    <section aria-labelledby="sources-heading" className="card-section">
      <h2 id="sources-heading">Sources</h2>
      <ol className="sources">
        {ids.map((id) => {
          const source = getSource(id);
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
