import { getTranslations } from "next-intl/server";
import type { TitleMeter } from "@/lib/village/title-meter";

/** The plain answer first: does the village meet the criteria in this year? */
export async function TitleVerdictYear({ meter }: { meter: TitleMeter }) {
  const t = await getTranslations("title.meter");
  const { met } = meter.current.check;
  const year = meter.current.window.year;
  return (
    <section
      aria-labelledby="verdict-heading"
      className={`rounded-2xl p-5 ring-1 ${met ? "bg-green-50 ring-green-200" : "bg-amber-50 ring-amber-200"}`}
    >
      <h2 id="verdict-heading" className="flex items-start gap-3 text-xl font-bold">
        <span
          aria-hidden="true"
          className={`mt-0.5 inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-lg text-white ${met ? "bg-green-700" : "bg-amber-600"}`}
        >
          {met ? "✓" : "!"}
        </span>
        {t(met ? "verdictMet" : "verdictNotMet", { year })}
      </h2>
      <p className="mt-2 text-earth-900">{t("verdictRule")}</p>
    </section>
  );
}
