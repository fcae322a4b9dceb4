import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { pageStorePath } from "@/lib/i18n/page-path";
import { formatFen } from "@/lib/money";
import { getBuyerOrder } from "@/lib/orders/buyer-orders";
import { payOrder } from "@/lib/payments/checkout-session";
import { CancelOrderButton } from "../../orders/cancel-order-button";
import { PayButton } from "../pay-button";

type Props = { params: Promise<{ orderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store.orders");
  return { title: t("payNow") };
}

export default async function PayPage({ params }: Props) {
  const { orderId } = await params;
  const user = await requirePageUser(["BUYER"], await pageStorePath(`/pay/${orderId}`));
  const [t, locale, order] = await Promise.all([
    getTranslations("store.pay"),
    getLocale(),
    getBuyerOrder(user.id, orderId),
  ]);
  if (!order) notFound();
  if (order.status === "PAID") redirect(await pageStorePath(`/orders/${order.id}`));
  const amount = formatFen(order.totalFen, locale);
  const shops = order.shopOrders.map((parcel) => localized(locale, parcel.shop.nameZh, parcel.shop.nameEn));
  // Opens (or finds) the provider's checkout for this order: idempotent, so a reload opens nothing new.
  const hosted = order.status === "PENDING_PAYMENT" ? await payOrder(user.id, { orderId: order.id }) : null;
  const payBy = order.expiresAt
    ? new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: "Asia/Shanghai" }).format(
        order.expiresAt,
      )
    : null;

  return (
    <main className="mx-auto max-w-lg px-4 py-8">
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-earth-100">
        <h1 className="text-xl font-bold">{t("title", { number: order.number })}</h1>
        {order.status === "CANCELLED" ? (
          <>
            <p className="mt-4 text-lg">{order.cancelReason === "EXPIRED" ? t("expired") : t("cancelled")}</p>
            <Link
              href={`/orders/${order.id}`}
              className="mt-4 inline-block font-semibold text-turquoise-700 underline underline-offset-4"
            >
              {t("viewOrder")}
            </Link>
          </>
        ) : (
          <>
            <p className="mt-4 text-earth-700">{t("amount")}</p>
            <p className="text-4xl font-bold text-earth-900">{amount}</p>
            <p className="mt-2 text-earth-700">
              {t("parcels", { count: shops.length, shops: shops.join(locale === "en" ? ", " : "、") })}
            </p>
            <div className="mt-6">
              {hosted?.ok ? (
                <a
                  href={hosted.data.url}
                  className="flex min-h-14 w-full items-center justify-center rounded-full bg-turquoise-700 px-6 text-lg font-semibold text-white shadow-sm hover:bg-turquoise-900"
                >
                  {t("payButton", { amount })}
                </a>
              ) : (
                <PayButton orderId={order.id} label={t("payButton", { amount })} />
              )}
            </div>
            <p className="mt-3 rounded-xl bg-earth-50 p-3 text-sm text-earth-700">
              {t("methods")} {payBy && t("payBy", { time: payBy })}
            </p>
            <div className="mt-6 flex flex-wrap items-center justify-between gap-3 border-t border-earth-100 pt-4">
              <Link
                href={`/orders/${order.id}`}
                className="font-semibold text-turquoise-700 underline underline-offset-4"
              >
                {t("viewOrder")}
              </Link>
              <CancelOrderButton orderId={order.id} />
            </div>
          </>
        )}
      </div>
    </main>
  );
}
