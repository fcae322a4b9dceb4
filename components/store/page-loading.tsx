import { getTranslations } from "next-intl/server";

/**
 * What a per-visitor storefront page (cart, checkout, orders, payment) shows in its prerendered
 * shell while its own content streams in: the frame is static, only the content waits.
 */
export async function PageLoading() {
  const t = await getTranslations("store");
  return (
    <main className="mx-auto max-w-3xl px-4 py-8" aria-busy="true">
      <p className="sr-only">{t("loading")}</p>
      <div className="h-8 w-40 animate-pulse rounded-full bg-earth-100" />
      <div className="mt-6 h-40 animate-pulse rounded-2xl bg-earth-100" />
    </main>
  );
}
