import { RELATION_LABELS, relationsOf } from '../../content/cards';
import { KIND_LABELS } from '../../content/vocabulary';
import { CardLink } from './CardLink';

/** The card's typed relations, grouped under a heading per relation and direction. */
export function RelatedCards({ id }: { id: string }) {
  const groups = new Map<string, ReturnType<typeof relationsOf>>();
  for (const entry of relationsOf(id)) {
    const label = RELATION_LABELS[entry.relation][entry.direction];
    const group = groups.get(label) ?? [];
    if (!group.some((g) => g.card.id === entry.card.id)) group.push(entry);
    groups.set(label, group);
  }
  if (groups.size === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="card-section">
      <h2 id="related-heading">Related cards</h2>
      {[...groups].map(([label, entries]) => (
        <div key={label} className="related-group">
          <h3>{label}</h3>
          <ul className="link-list">
            {entries.map(({ card }) => (
              <li key={card.id}>
                {/* The kind as plain text, not a badge: a hub lists 50 of these, and each element counts. */}
                <CardLink id={card.id}>{card.title}</CardLink> · {KIND_LABELS[card.kind].one}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
