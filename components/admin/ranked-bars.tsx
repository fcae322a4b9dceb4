import { barPercent } from "./format";

export type RankedRow = {
  key: string;
  label: React.ReactNode;
  amount: string;
  value: number;
  note?: string;
  swatch?: string;
};

/** A ranked list where each row carries its own figure in text and a bar for comparison. */
export function RankedBars({ rows }: { rows: RankedRow[] }) {
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    <ol className="space-y-3">
      {rows.map((row) => (
        <li key={row.key}>
          <div className="flex items-baseline justify-between gap-3">
            <span className="min-w-0 truncate font-semibold">{row.label}</span>
            <span className="shrink-0 tabular-nums">{row.amount}</span>
          </div>
          {row.note && <p className="text-sm text-earth-700">{row.note}</p>}
          <div aria-hidden="true" className="mt-1 h-2 w-full rounded-full bg-earth-50">
            <div
              className={`h-full rounded-full ${row.swatch ?? "bg-turquoise-600"}`}
              style={{ width: `${barPercent(row.value, max)}%` }}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
