import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { MoneyFigures as Figures } from "@/lib/village/money";
import { Tile } from "./tile";

/**
 * Commission earned, payouts made and payouts owed, then the sum that shows every fen of net sales is
 * one of them (the smaller parts only when there is something in them).
 */
export async function MoneyFigures({ figures }: { figures: Figures }) {
  const [t, locale] = await Promise.all([getTranslations("admin.money.figures"), getLocale()]);
  const fen = (value: number) => formatFen(value, locale);
  const parts = [
    { key: "commission", fen: figures.commissionFen },
    { key: "payoutsMade", fen: figures.payoutsMadeFen },
    { key: "payoutsOwed", fen: figures.payoutsOwedFen },
    { key: "reversalsPending", fen: figures.reversalsPendingFen },
    { key: "notReleased", fen: figures.notReleasedFen },
  ] as const;
  // The three headline parts always; the two that are normally empty only when they are not.
  const shown = parts.filter(
    (part) => part.fen !== 0 || part.key === "commission" || part.key.startsWith("payouts"),
  );
  return (
    <section aria-labelledby="money-figures-heading" className="space-y-3">
      <h2 id="money-figures-heading" className="sr-only">
        {t("title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Tile label={t("commission")} value={fen(figures.commissionFen)} note={t("commissionNote")} />
        <Tile label={t("payoutsMade")} value={fen(figures.payoutsMadeFen)} note={t("payoutsMadeNote")} />
        <Tile label={t("payoutsOwed")} value={fen(figures.payoutsOwedFen)} note={t("payoutsOwedNote")} />
      </div>
      <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100">
        <h3 className="font-semibold text-earth-700">{t("addsUpTitle")}</h3>
        <dl className="mt-2 max-w-md space-y-1">
          {shown.map((part, index) => (
            <div key={part.key} className="flex items-baseline justify-between gap-3 text-earth-900">
              <dt>
                <span aria-hidden="true" className="inline-block w-4">
                  {index > 0 ? "+" : ""}
                </span>
                {t(part.key)}
              </dt>
              <dd className="tabular-nums">{fen(part.fen)}</dd>
            </div>
          ))}
          <div className="flex items-baseline justify-between gap-3 border-t border-earth-100 pt-1 font-bold">
            <dt>
              <span aria-hidden="true" className="inline-block w-4">
                =
              </span>
              {t("netSales")}
            </dt>
            <dd className="tabular-nums">{fen(figures.netSalesFen)}</dd>
          </div>
        </dl>
        <p className="mt-2 text-sm text-earth-700">{t("addsUpNote")}</p>
      </div>
    </section>
  );
}
