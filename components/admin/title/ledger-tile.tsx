import { getTranslations } from "next-intl/server";
import type { Protected } from "@/lib/village/small-counts";
import { Rule } from "./rule";

/** One ledger figure: its value or "fewer than 5", a note, last year's, and how it is counted. */
export async function LedgerTile({
  label,
  value,
  format,
  note,
  comparison,
  rule,
  hiddenText,
}: {
  label: string;
  value: Protected;
  format: (value: number) => string;
  /** Withheld with the value when it is built from it. */
  note: string | null;
  comparison: React.ReactNode;
  rule: string;
  /** What stands for a withheld value: "fewer than 5" for a count, "not shown" for what comes from one. */
  hiddenText?: string;
}) {
  const t = await getTranslations("title.households");
  return (
    <div className="flex min-w-0 flex-col rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100">
      <h3 className="font-semibold text-earth-700">{label}</h3>
      <p className={`mt-1 font-extrabold text-turquoise-900 ${value.shown ? "text-3xl" : "text-xl"}`}>
        {value.shown ? format(value.value) : (hiddenText ?? t("fewerThan5"))}
      </p>
      {note && <p className="mt-1 text-sm text-earth-700">{note}</p>}
      {comparison}
      <div className="mt-auto">
        <Rule>{rule}</Rule>
      </div>
    </div>
  );
}
