import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/store/pagination";
import { ParcelStatusLine } from "@/components/store/parcel-card";
import { StatusBadge } from "@/components/store/status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/catalog/page-param";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { pageStorePath } from "@/lib/i18n/page-path";
import { formatFen } from "@/lib/money";
import { listBuyerOrders } from "@/lib/orders/buyer-orders";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store.orders");
  return { title: t("title") };
}

export default async function OrdersPage({ searchParams }: Props) {
  const user = await requirePageUser(["BUYER"], await pageStorePath("/orders"));
  const page = parsePageParam((await searchParams).page);
  const [t, locale, format, { orders, pageCount }] = await Promise.all([
    getTranslations("store.orders"),
    getLocale(),
    getFormatter(),
    listBuyerOrders(user.id, page),
  ]);

  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      {orders.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-earth-700 ring-1 ring-earth-100">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {orders.map((order) => (
            <li key={order.id}>
              <article
                aria-label={t("number", { number: order.number })}
                className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 sm:p-5"
              >
                <header className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h2 className="font-bold">
                      <Link href={`/orders/${order.id}`} className="hover:text-turquoise-700 hover:underline">
                        {t("number", { number: order.number })}
                      </Link>
                    </h2>
                    <p className="text-sm text-earth-700">
                      {format.dateTime(order.createdAt, { dateStyle: "medium" })} ·{" "}
                      {formatFen(order.totalFen, locale)}
                    </p>
                  </div>
                  <StatusBadge status={order.status} />
                </header>
                <ul className="mt-3 flex flex-col gap-2">
                  {order.shopOrders.map((parcel) => (
                    <li key={parcel.id} className="rounded-xl bg-earth-50 p-3">
                      <p className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-semibold">
                          {localized(locale, parcel.shop.nameZh, parcel.shop.nameEn)}
                          <span className="ml-2 text-sm font-normal text-earth-700">
                            {t("items", { count: parcel._count.items })} ·{" "}
                            {formatFen(parcel.subtotalFen, locale)}
                          </span>
                        </span>
                        <StatusBadge status={parcel.status} />
                      </p>
                      <div className="mt-1 text-sm">
                        <ParcelStatusLine parcel={parcel} />
                      </div>
                    </li>
                  ))}
                </ul>
                <div className="mt-3 flex flex-wrap gap-3">
                  <Link
                    href={`/orders/${order.id}`}
                    className="inline-flex min-h-11 items-center rounded-full px-4 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500"
                  >
                    {t("details")}
                  </Link>
                  {order.status === "PENDING_PAYMENT" && (
                    <Link
                      href={`/pay/${order.id}`}
                      className="inline-flex min-h-11 items-center rounded-full bg-turquoise-700 px-4 font-semibold text-white hover:bg-turquoise-900"
                    >
                      {t("payNow")}
                    </Link>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/orders" page={page} pageCount={pageCount} />
    </main>
  );
}
