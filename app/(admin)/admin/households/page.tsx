import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { HouseholdFigures } from "@/components/admin/title/household-figures";
import { YearHeading } from "@/components/admin/title/year-heading";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { householdLedger } from "@/lib/village/households";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("title.households");
  return { title: t("metaTitle") };
}

export default async function AdminHouseholdsPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin/households");
  const ledger = await householdLedger(user.id, (await searchParams).year);
  if (!ledger) notFound();
  const [t, locale] = await Promise.all([getTranslations("title.households"), getLocale()]);
  const village = localized(locale, ledger.village.nameZh, ledger.village.nameEn);
  return (
    <>
      <AdminNav current="households" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <YearHeading
          title={t("title", { village })}
          years={ledger.village.years}
          window={ledger.current.window}
          basePath="/admin/households"
        />
        <p className="rounded-2xl bg-turquoise-50 p-4 text-earth-900 ring-1 ring-turquoise-100">
          {t("privacy")}
        </p>
        <HouseholdFigures ledger={ledger} />
      </main>
    </>
  );
}
