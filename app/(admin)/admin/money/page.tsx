import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { FlaggedPayments } from "@/components/admin/flagged-payments";
import { MoneyFigures } from "@/components/admin/money-figures";
import { PeriodPicker } from "@/components/admin/period-picker";
import { ReconcilePanel } from "@/components/admin/reconcile-panel";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { villageMoney } from "@/lib/village/money";
import { periodRange } from "@/lib/village/period";
import { reconcileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.money");
  return { title: t("metaTitle") };
}

export default async function AdminMoneyPage({
  searchParams,
}: {
  searchParams: Promise<{ period?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin/money");
  const now = new Date();
  const money = await villageMoney(user.id, (await searchParams).period, now);
  if (!money) notFound();
  const [t, tOverview, locale] = await Promise.all([
    getTranslations("admin.money"),
    getTranslations("admin.overview"),
    getLocale(),
  ]);
  return (
    <>
      <AdminNav current="money" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">
            {t("title", { village: localized(locale, money.village.nameZh, money.village.nameEn) })}
          </h1>
          <PeriodPicker period={money.period} pastYears={money.pastYears} basePath="/admin/money" />
          <p className="text-earth-700">
            {tOverview("range", periodRange(money.period, locale, now))} · {t("datedBy")}
          </p>
        </header>
        <MoneyFigures figures={money.figures} />
        <FlaggedPayments payments={money.flagged} />
        <ReconcilePanel action={reconcileAction} periodKey={money.period.key} />
      </main>
    </>
  );
}
