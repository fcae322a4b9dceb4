import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { HouseholdLedger, LedgerYear } from "@/lib/village/households";
import type { Protected } from "@/lib/village/small-counts";
import { formatCount } from "../format";
import { LedgerTile } from "./ledger-tile";
import { lastDay } from "./range";
import { YearOnYear } from "./year-on-year";

/** "12.5%" from basis points. */
function bpsShare(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(bps / 10_000);
}

/** A share of two shown counts, or nothing when either is withheld. */
function shareOf(part: Protected, whole: Protected, locale: string): string | null {
  if (!part.shown || !whole.shown || whole.value === 0) return null;
  return bpsShare(Math.round((part.value * 10_000) / whole.value), locale);
}

/** The ledger's figures, each with the year before: only aggregates, small groups withheld. */
export async function HouseholdFigures({ ledger }: { ledger: HouseholdLedger }) {
  const [t, locale] = await Promise.all([getTranslations("title.households"), getLocale()]);
  const { current, previous } = ledger;
  const count = (n: number) => formatCount(n, locale);
  const money = (fen: number) => formatFen(fen, locale);
  const yoy = (pick: (y: LedgerYear) => Protected, format: (n: number) => string) => (
    <YearOnYear
      current={pick(current)}
      previous={pick(previous)}
      previousYear={previous.window.year}
      sameDays={!current.window.complete}
      format={format}
    />
  );
  const sellingShare = shareOf(current.selling, current.formerlyPoor, locale);
  const salesShare = current.salesShareBps.shown ? bpsShare(current.salesShareBps.value, locale) : null;
  const day = lastDay(current.window, locale);
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <LedgerTile
        label={t("registered")}
        value={current.formerlyPoor}
        format={count}
        note={t("registeredNote", { total: count(current.households) })}
        comparison={yoy((y) => y.formerlyPoor, count)}
        rule={t("registeredRule")}
      />
      <LedgerTile
        label={t("selling")}
        value={current.selling}
        format={count}
        note={sellingShare ? t("sellingNote", { share: sellingShare }) : null}
        comparison={yoy((y) => y.selling, count)}
        rule={t("sellingRule", { day })}
      />
      <LedgerTile
        label={t("sales")}
        value={current.salesFen}
        format={money}
        hiddenText={t("withheld")}
        note={salesShare ? t("salesNote", { share: salesShare }) : null}
        comparison={yoy((y) => y.salesFen, money)}
        rule={t("salesRule")}
      />
      <LedgerTile
        label={t("above")}
        value={current.aboveLine}
        format={count}
        note={
          current.lineFen === null
            ? t("aboveNoLine")
            : t("aboveNote", {
                recorded: current.incomeRecorded.shown
                  ? count(current.incomeRecorded.value)
                  : t("fewerThan5"),
                line: money(current.lineFen),
              })
        }
        comparison={yoy((y) => y.aboveLine, count)}
        rule={t("aboveRule")}
      />
      <LedgerTile
        label={t("moved")}
        value={current.movedAbove}
        format={count}
        note={t("movedNote")}
        comparison={yoy((y) => y.movedAbove, count)}
        rule={t("movedRule")}
      />
    </div>
  );
}
