import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProductImage } from "@/components/product/product-image";
import { MAX_QUANTITY } from "@/lib/cart/constants";
import { readCartOwner } from "@/lib/cart/cookie";
import { getCart } from "@/lib/cart/read";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import { CartLineControls } from "./cart-line-controls";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store.cart");
  return { title: t("title") };
}

const buttonClass =
  "inline-flex min-h-14 w-full items-center justify-center rounded-full bg-turquoise-700 px-6 text-lg font-semibold text-white shadow-sm hover:bg-turquoise-900";

export default async function CartPage() {
  const [t, tStore, locale, owner] = await Promise.all([
    getTranslations("store.cart"),
    getTranslations("store"),
    getLocale(),
    readCartOwner(),
  ]);
  const result = await getCart(owner);

  if (!result.ok) {
    return (
      <main className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <p className="rounded-2xl bg-white p-6 ring-1 ring-earth-100">{t("buyersOnly")}</p>
      </main>
    );
  }
  const { cart } = result;
  // One object for every line's controls, so the page's payload carries the sentences once.
  const errors = tStore.raw("errors") as Record<string, string>;
  if (cart.groups.length === 0) {
    return (
      <main className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <div className="rounded-2xl bg-white p-6 text-center ring-1 ring-earth-100">
          <p className="text-lg">{t("empty")}</p>
          <Link href="/" className={`${buttonClass} mt-4 sm:w-auto`}>
            {t("browse")}
          </Link>
        </div>
      </main>
    );
  }

  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-1 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-earth-700">
        {t("itemCount", { count: cart.itemCount })} · {t("shipsSeparately")}
      </p>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          {cart.groups.map((group) => {
            const shopName = localized(locale, group.shop.nameZh, group.shop.nameEn);
            return (
              <section
                key={group.shop.id}
                aria-label={t("fromShop", { shop: shopName })}
                className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 sm:p-5"
              >
                <h2 className="text-lg font-bold">
                  <Link href={`/s/${group.shop.slug}`} className="hover:text-turquoise-700 hover:underline">
                    {t("fromShop", { shop: shopName })}
                  </Link>
                </h2>
                <ul className="mt-2 divide-y divide-earth-100">
                  {group.lines.map((line) => {
                    const title = localized(locale, line.titleZh, line.titleEn);
                    const tooFew = line.available && line.stock < line.quantity;
                    return (
                      <li key={line.productId} className="flex gap-3 py-3">
                        <Link
                          href={`/p/${line.productId}`}
                          tabIndex={-1}
                          aria-hidden="true"
                          className="w-20 shrink-0 sm:w-24"
                        >
                          <ProductImage
                            image={line.imageId ? { id: line.imageId, width: 96, height: 96 } : undefined}
                            alt={title}
                            sizes="96px"
                            widths={[96, 256]}
                            className="rounded-xl"
                          />
                        </Link>
                        <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                          <div className="min-w-0">
                            <Link href={`/p/${line.productId}`} className="font-semibold hover:underline">
                              {title}
                            </Link>
                            <p className="text-sm text-earth-700">
                              {line.livePrice && (
                                <span className="mr-1 rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-bold text-white">
                                  {t("livePrice")}
                                </span>
                              )}
                              {formatFen(line.priceFen, locale)} ·{" "}
                              {tStore("perUnit", { unit: tStore(`units.${line.unit}`) })}
                            </p>
                            {!line.available && (
                              <p className="text-sm font-semibold text-red-700">{t("unavailable")}</p>
                            )}
                            {line.available && line.stock < 1 && (
                              <p className="text-sm font-semibold text-red-700">{tStore("soldOut")}</p>
                            )}
                            {tooFew && line.stock > 0 && (
                              <p className="text-sm font-semibold text-red-700">
                                {t("onlyLeft", { count: line.stock })}
                              </p>
                            )}
                          </div>
                          <div className="flex items-center justify-between gap-3 sm:flex-col sm:items-end">
                            <CartLineControls
                              productId={line.productId}
                              quantity={line.quantity}
                              maxQuantity={Math.min(MAX_QUANTITY, line.stock)}
                              available={line.available && line.stock > 0}
                              texts={{
                                decrease: t("decrease", { title }),
                                increase: t("increase", { title }),
                                quantityOf: t("quantityOf", { title }),
                                remove: t("remove"),
                                removeLabel: t("removeLabel", { title }),
                                errors,
                              }}
                            />
                            <p className="font-semibold">{formatFen(line.lineTotalFen, locale)}</p>
                          </div>
                        </div>
                      </li>
                    );
                  })}
                </ul>
                <p className="mt-1 flex justify-between border-t border-earth-100 pt-3 font-semibold">
                  <span>{t("subtotal")}</span>
                  <span>{formatFen(group.subtotalFen, locale)}</span>
                </p>
              </section>
            );
          })}
        </div>
        <aside className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 lg:sticky lg:top-20">
          <p className="flex items-baseline justify-between text-lg">
            <span className="font-semibold">{t("total")}</span>
            <span className="text-2xl font-bold">{formatFen(cart.totalFen, locale)}</span>
          </p>
          {cart.hasProblems ? (
            <p role="status" className="mt-4 rounded-xl bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
              {t("fixProblems")}
            </p>
          ) : (
            <Link href="/checkout" className={`${buttonClass} mt-4`}>
              {t("checkout")}
            </Link>
          )}
        </aside>
      </div>
    </main>
  );
}
