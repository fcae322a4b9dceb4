import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { VillageOverview } from "@/lib/village/overview";
import { formatShare } from "./format";
import { ProgressBar } from "./progress-bar";

/** The biggest number on the page: paid sales, against the 10-million-yuan line. */
export async function SalesHero({ overview }: { overview: VillageOverview }) {
  const [t, locale] = await Promise.all([getTranslations("admin.sales"), getLocale()]);
  const { totals, village } = overview;
  const target = formatFen(village.salesTargetFen, locale);
  const share = formatShare(totals.salesFen, village.salesTargetFen, locale);
  return (
    <section
      aria-labelledby="sales-heading"
      className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 sm:p-6"
    >
      <h2 id="sales-heading" className="text-lg font-bold text-earth-700">
        {t("title")}
      </h2>
      <p className="mt-1 text-4xl font-extrabold tracking-tight text-turquoise-900 sm:text-5xl">
        {formatFen(totals.salesFen, locale)}
      </p>
      <p className="mt-1 text-earth-700">{t("explain")}</p>
      <div className="mt-5">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 text-sm font-semibold">
          <span>{t("towardLine", { target })}</span>
          <span>{t("ofLine", { share })}</span>
        </div>
        <ProgressBar
          value={totals.salesFen}
          max={village.salesTargetFen}
          label={t("progressLabel", { target })}
          valueText={t("ofLine", { share })}
        />
      </div>
    </section>
  );
}
