import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { FestivalCompare } from "@/components/admin/title/festival-compare";
import { TitleCriteria } from "@/components/admin/title/title-criteria";
import { TitleVerdictYear } from "@/components/admin/title/title-verdict-year";
import { YearHeading } from "@/components/admin/title/year-heading";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { titleMeter } from "@/lib/village/title-meter";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("title.meter");
  return { title: t("metaTitle") };
}

export default async function AdminTitlePage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin/title");
  const meter = await titleMeter(user.id, (await searchParams).year);
  if (!meter) notFound();
  const [t, locale] = await Promise.all([getTranslations("title.meter"), getLocale()]);
  const village = localized(locale, meter.village.nameZh, meter.village.nameEn);
  return (
    <>
      <AdminNav current="title" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <YearHeading
          title={t("title", { village })}
          years={meter.village.years}
          window={meter.current.window}
          basePath="/admin/title"
        />
        <TitleVerdictYear meter={meter} />
        <TitleCriteria meter={meter} />
        <FestivalCompare current={meter.current.festival} previous={meter.previous.festival} />
      </main>
    </>
  );
}
