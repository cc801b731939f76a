import { closest } from '../../lib/closest';
import { DidYouMean, NotFound } from '../../ui/NotFound';

type Known = { key: string; label: string; to: string };

/** A 404 for a kind or tag that does not exist, with the closest ones as suggestions. */
export function ListNotFound({ what, asked, known }: { what: string; asked: string; known: Known[] }) {
  const near = closest(asked, known.map((k) => k.key), 3).map((key) => known.find((k) => k.key === key)!);
  return (
    <NotFound title={`No such ${what}`}>
      <p>
        There is no {what} <code>{asked}</code>.
      </p>
      <DidYouMean items={near.map((k) => ({ key: k.key, to: k.to, label: k.label }))} />
    </NotFound>
  );
}
