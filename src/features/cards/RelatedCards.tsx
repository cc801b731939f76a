import { RELATION_LABELS, relationsOf } from '../../content/cards';
import { KIND_LABELS } from '../../content/vocabulary';
import { KindBadge } from '../../ui/KindBadge';
import { CardLink } from './CardLink';
import { sectionHeightEstimate, textRem } from './section-height';

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
  // Each group: its h3 and the list's margin; each entry: its title and badge, and the item's margins.
  const height = sectionHeightEstimate(
    [...groups.values()].reduce(
      (sum, entries) => sum + 3.5 + entries.reduce((s, { card }) => s + textRem(`${card.title} ${KIND_LABELS[card.kind].one}`) + 0.8, 0),
      0,
    ),
  );
  return (
    <section aria-labelledby="related-heading" className="card-section" data-height-estimate={height}>
      <h2 id="related-heading">Related cards</h2>
      {[...groups].map(([label, entries]) => (
        <div key={label} className="related-group">
          <h3>{label}</h3>
          <ul className="link-list">
            {entries.map(({ card }) => (
              <li key={card.id}>
                <CardLink id={card.id}>{card.title}</CardLink> <KindBadge kind={card.kind} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
