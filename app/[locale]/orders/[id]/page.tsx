import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AskShopForm } from "@/components/messages/ask-shop-form";
import { ParcelCard } from "@/components/store/parcel-card";
import { StatusBadge } from "@/components/store/status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { pageStorePath } from "@/lib/i18n/page-path";
import { formatFen } from "@/lib/money";
import { getBuyerOrder } from "@/lib/orders/buyer-orders";
import { CancelOrderButton } from "../cancel-order-button";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ paid?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store.orders");
  return { title: t("title") };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { paid }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser(["BUYER"], await pageStorePath(`/orders/${id}`));
  const [t, locale, format, order] = await Promise.all([
    getTranslations("store.orders"),
    getLocale(),
    getFormatter(),
    getBuyerOrder(user.id, id),
  ]);
  // Another buyer's order is indistinguishable from one that does not exist.
  if (!order) notFound();
  const refundedFen = order.shopOrders.reduce((sum, parcel) => sum + parcel.refundedFen, 0);

  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      {paid === "1" && order.status === "PAID" && (
        <p
          role="status"
          className="mb-4 rounded-2xl bg-turquoise-50 p-4 font-semibold text-turquoise-900 ring-1 ring-turquoise-100"
        >
          {t("paidThanks")}
        </p>
      )}
      <div className="mb-5 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("number", { number: order.number })}</h1>
          <p className="text-earth-700">
            {t("placedOn", {
              date: format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
        </div>
        <StatusBadge status={order.status} />
      </div>

      {order.status === "PENDING_PAYMENT" && (
        <div className="mb-5 flex flex-wrap items-center gap-3 rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-200">
          <p className="flex-1 text-amber-900">{t("awaitingPayment")}</p>
          <Link
            href={`/pay/${order.id}`}
            className="inline-flex min-h-11 items-center rounded-full bg-turquoise-700 px-5 font-semibold text-white hover:bg-turquoise-900"
          >
            {t("payNow")}
          </Link>
          <CancelOrderButton orderId={order.id} />
        </div>
      )}

      <section aria-labelledby="parcels-title">
        <h2 id="parcels-title" className="mb-3 text-lg font-bold">
          {t("parcelCount", { count: order.shopOrders.length })}
        </h2>
        <div className="flex flex-col gap-4">
          {order.shopOrders.map((parcel) => (
            <div key={parcel.id} className="flex flex-col gap-2">
              <ParcelCard parcel={parcel} />
              <AskShopForm
                shopSlug={parcel.shop.slug}
                orderId={order.id}
                returnTo={`/orders/${order.id}`}
                forOrder
              />
            </div>
          ))}
        </div>
      </section>

      <div className="mt-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100">
        <p className="flex items-baseline justify-between">
          <span className="font-semibold">{t("total")}</span>
          <span className="text-2xl font-bold">{formatFen(order.totalFen, locale)}</span>
        </p>
        {refundedFen > 0 && (
          <p className="mt-1 text-right font-semibold text-rose-800">
            {t("refunded", { amount: formatFen(refundedFen, locale) })}
          </p>
        )}
      </div>

      <section
        aria-labelledby="ship-to"
        className="mt-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100"
      >
        <h2 id="ship-to" className="font-bold">
          {t("shipTo")}
        </h2>
        <p className="mt-1">
          {order.recipientName} · {order.recipientPhone}
        </p>
        <p className="text-earth-700">
          {order.province} {order.city} {order.addressLine} {order.postalCode}
        </p>
      </section>
    </main>
  );
}
