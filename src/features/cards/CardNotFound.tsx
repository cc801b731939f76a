import { allCards } from '../../content/cards';
import { closest } from '../../lib/closest';
import { paths } from '../../lib/paths';
import { DidYouMean, NotFound } from '../../ui/NotFound';

/** A 404 for a card id that does not exist, with the closest ids and titles as suggestions. */
export function CardNotFound({ id }: { id: string }) {
  const byKey = new Map<string, string>();
  for (const c of allCards) {
    byKey.set(c.id, c.id);
    byKey.set(c.title.toLowerCase(), c.id);
  }
  const suggestions = [...new Set(closest(id.replace(/[-_]+/g, ' '), [...byKey.keys()], 6).map((k) => byKey.get(k)!))]
    .slice(0, 3)
    .map((cid) => allCards.find((c) => c.id === cid)!);
  return (
    <NotFound title="Card not found">
      <p>
        There is no card with the id <code>{id}</code>.
      </p>
      <DidYouMean
        items={suggestions.map((c) => ({ key: c.id, to: paths.card(c.id), label: c.title, note: <span className="muted"> — {c.summary}</span> }))}
      />
    </NotFound>
  );
}
