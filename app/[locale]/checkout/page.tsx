import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { readCartOwner } from "@/lib/cart/cookie";
import { getCart } from "@/lib/cart/read";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { pageStorePath } from "@/lib/i18n/page-path";
import { formatFen } from "@/lib/money";
import { CheckoutForm } from "./checkout-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store.checkout");
  return { title: t("title") };
}

export default async function CheckoutPage() {
  await requirePageUser(["BUYER"], await pageStorePath("/checkout"));
  const [t, tCart, locale, owner] = await Promise.all([
    getTranslations("store.checkout"),
    getTranslations("store.cart"),
    getLocale(),
    readCartOwner(),
  ]);
  // Reading the cart here also merges a cart filled before signing in.
  const result = await getCart(owner);
  const cart = result.ok ? result.cart : null;

  if (!cart || cart.groups.length === 0) {
    return (
      <main className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <div className="rounded-2xl bg-white p-6 text-center ring-1 ring-earth-100">
          <p className="text-lg">{t("emptyCart")}</p>
          <Link
            href="/"
            className="mt-4 inline-block font-semibold text-turquoise-700 underline underline-offset-4"
          >
            {tCart("browse")}
          </Link>
        </div>
      </main>
    );
  }

  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem]">
        <aside
          aria-labelledby="summary-title"
          className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 lg:sticky lg:top-20 lg:order-2"
        >
          <h2 id="summary-title" className="text-lg font-bold">
            {t("summary")}
          </h2>
          <ul className="mt-2 divide-y divide-earth-100">
            {cart.groups.map((group) => (
              <li key={group.shop.id} className="py-2">
                <p className="flex justify-between gap-3 font-semibold">
                  <span>{localized(locale, group.shop.nameZh, group.shop.nameEn)}</span>
                  <span>{formatFen(group.subtotalFen, locale)}</span>
                </p>
                <ul className="text-sm text-earth-700">
                  {group.lines.map((line) => (
                    <li key={line.productId}>
                      {localized(locale, line.titleZh, line.titleEn)} × {line.quantity}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <p className="mt-2 flex items-baseline justify-between border-t border-earth-100 pt-3">
            <span className="font-semibold">{tCart("total")}</span>
            <span className="text-2xl font-bold">{formatFen(cart.totalFen, locale)}</span>
          </p>
          <p className="mt-2 text-sm text-earth-700">{t("pricesNote")}</p>
          <Link
            href="/cart"
            className="mt-2 inline-block text-sm font-semibold text-turquoise-700 underline underline-offset-4"
          >
            {t("backToCart")}
          </Link>
        </aside>
        <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 lg:order-1">
          <CheckoutForm submitLabel={t("placeOrder")} />
        </section>
      </div>
    </main>
  );
}
