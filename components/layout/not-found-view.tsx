import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NotFoundView() {
  const t = await getTranslations("common.errors");
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-earth-700">{t("notFoundBody")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-full bg-turquoise-700 px-6 py-3 font-semibold text-white"
      >
        {t("backHome")}
      </Link>
    </main>
  );
}
