/** "Read 3 of 7 steps" as text and as a bar: the text carries the meaning, the bar only helps. */
export function PathProgress({ read, total, label }: { read: number; total: number; label: string }) {
  return (
    <div className="path-progress">
      <progress max={total} value={read} aria-label={label} />
      <span>
        Read {read} of {total} steps
      </span>
    </div>
  );
}
