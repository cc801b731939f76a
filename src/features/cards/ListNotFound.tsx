import { Link } from 'react-router';
import { closest } from '../../lib/closest';
import { NotFound } from '../../ui/NotFound';

type Known = { key: string; label: string; to: string };

/** A 404 for a kind or tag that does not exist, with the closest ones as suggestions. */
export function ListNotFound({ what, asked, known }: { what: string; asked: string; known: Known[] }) {
  const near = closest(asked, known.map((k) => k.key), 3).map((key) => known.find((k) => k.key === key)!);
  return (
    <NotFound title={`No such ${what}`}>
      <p>
        There is no {what} <code>{asked}</code>.
      </p>
      {near.length > 0 && (
        <>
          <h2>Did you mean</h2>
          <ul className="link-list">
            {near.map((k) => (
              <li key={k.key}>
                <Link to={k.to}>{k.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </NotFound>
  );
}
