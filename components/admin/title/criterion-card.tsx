import { ProgressBar } from "../progress-bar";
import { MetBadge } from "./met-badge";
import { Rule } from "./rule";

/** One line of the title: the figure, how far toward the line, met or not, the gap, last year, and the rule. */
export function CriterionCard({
  id,
  label,
  value,
  target,
  progress,
  met,
  gap,
  comparison,
  rule,
}: {
  id: string;
  label: string;
  value: string;
  target: string;
  progress: { value: number; max: number; valueText: string; linePercent?: number };
  met: boolean;
  gap: string;
  comparison: React.ReactNode;
  rule: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex min-w-0 flex-col rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id={`${id}-heading`} className="text-lg font-bold text-earth-900">
          {label}
        </h2>
        <MetBadge met={met} />
      </div>
      <p className="mt-1 text-3xl font-extrabold text-turquoise-900">{value}</p>
      <p className="text-sm text-earth-700">{target}</p>
      <div className="mt-3">
        <ProgressBar label={label} {...progress} />
      </div>
      <p className="mt-2 font-semibold text-earth-900">{gap}</p>
      {comparison}
      <div className="mt-auto">
        <Rule>{rule}</Rule>
      </div>
    </section>
  );
}
