import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { formatMonth } from "@/components/admin/format";
import { CourierTable } from "@/components/admin/title/courier-table";
import { MonthPicker } from "@/components/admin/title/month-picker";
import { Rule } from "@/components/admin/title/rule";
import { YearOnYear } from "@/components/admin/title/year-on-year";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { courierBoard } from "@/lib/village/couriers";

/** The last day a month so far counts, in words, Beijing time. */
function lastShipDay(end: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(
    new Date(end.getTime() - 1),
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("title.couriers");
  return { title: t("metaTitle") };
}

export default async function AdminCouriersPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin/couriers");
  const board = await courierBoard(user.id, (await searchParams).month);
  if (!board) notFound();
  const [t, locale] = await Promise.all([getTranslations("title.couriers"), getLocale()]);
  const village = localized(locale, board.village.nameZh, board.village.nameEn);
  const month = formatMonth(board.current.month.key, locale, true);
  const previous = formatMonth(board.previous.month.key, locale, true);
  return (
    <>
      <AdminNav current="couriers" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { village })}</h1>
          <MonthPicker years={board.village.years} months={board.months} month={board.current.month} />
          <p className="text-earth-700">
            {board.current.month.soFar
              ? t("rangeSoFar", { month, previous, day: lastShipDay(board.current.month.end, locale) })
              : t("range", { month, previous })}
          </p>
        </header>
        <section
          aria-labelledby="month-total"
          className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
        >
          <h2 id="month-total" className="font-semibold text-earth-700">
            {t("parcels")} · {month}
          </h2>
          <p className="mt-1 text-3xl font-extrabold text-turquoise-900">
            {new Intl.NumberFormat(locale).format(board.current.parcels)}
          </p>
          <YearOnYear
            current={board.current.parcels}
            previous={board.previous.parcels}
            previousYear={board.previous.month.year}
            sameDays={false}
            format={(n) => new Intl.NumberFormat(locale).format(n)}
          />
          <Rule>{t("rule")}</Rule>
        </section>
        <CourierTable board={board} />
      </main>
    </>
  );
}
