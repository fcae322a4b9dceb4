/**
 * A horizontal bar toward a line (the Taobao-village targets). `linePercent` draws a mark on the bar
 * where the line sits when the bar's full length is not the line itself (the 10% household share).
 */
export function ProgressBar({
  value,
  max,
  label,
  valueText,
  linePercent,
  tone = "turquoise",
}: {
  value: number;
  max: number;
  label: string;
  valueText: string;
  linePercent?: number;
  tone?: "turquoise" | "green";
}) {
  const percent = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  const reached = linePercent === undefined ? percent >= 100 : percent >= linePercent;
  const fill = reached ? "bg-green-700" : tone === "green" ? "bg-green-600" : "bg-turquoise-600";
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
      className="relative h-4 w-full overflow-hidden rounded-full bg-earth-100"
    >
      <div className={`h-full rounded-full ${fill}`} style={{ width: `${percent}%` }} />
      {linePercent !== undefined && (
        <div
          aria-hidden="true"
          className="absolute inset-y-0 w-0.5 bg-earth-900"
          style={{ left: `${linePercent}%` }}
        />
      )}
    </div>
  );
}
