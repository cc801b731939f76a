/** What a shared link, a file or a changed knowledge base could not give, named, so nothing goes missing unseen. */
export function Dropped({ items, title }: { items: readonly string[]; title: string }) {
  if (items.length === 0) return null;
  return (
    <div className="notice builder-dropped">
      <p className="notice-title">{title}</p>
      <ul>
        {items.map((d, i) => (
          <li key={i}>{d}</li>
        ))}
      </ul>
    </div>
  );
}
