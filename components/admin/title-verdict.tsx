import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { VillageOverview } from "@/lib/village/overview";

/** The plain answer first: does the village meet the Taobao-village criteria in this period? */
export async function TitleVerdict({ overview }: { overview: VillageOverview }) {
  const [t, locale] = await Promise.all([getTranslations("admin.verdict"), getLocale()]);
  const { title, village } = overview;
  const reasons: string[] = [];
  if (!title.salesMet) reasons.push(t("needSales", { amount: formatFen(title.salesGapFen, locale) }));
  if (!title.shopsMet && !title.householdsMet)
    reasons.push(t("needShopsOrHouseholds", { shops: village.shopTarget }));
  return (
    <section
      aria-labelledby="verdict-heading"
      className={`rounded-2xl p-5 ring-1 ${title.met ? "bg-green-50 ring-green-200" : "bg-amber-50 ring-amber-200"}`}
    >
      <h2 id="verdict-heading" className="flex items-start gap-3 text-xl font-bold">
        <span
          aria-hidden="true"
          className={`mt-0.5 inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-lg text-white ${title.met ? "bg-green-700" : "bg-amber-600"}`}
        >
          {title.met ? "✓" : "!"}
        </span>
        {title.met ? t("met") : t("notMet")}
      </h2>
      <p className="mt-2 text-earth-900">{t("rule", { shops: village.shopTarget })}</p>
      {reasons.length > 0 && (
        <ul className="mt-2 list-disc pl-6 text-earth-900">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
