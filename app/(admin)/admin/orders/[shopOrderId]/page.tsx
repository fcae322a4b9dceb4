import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Card } from "@/components/admin/card";
import { ParcelStatusBadge } from "@/components/admin/parcel-status-badge";
import { RefundHistory } from "@/components/admin/refund-history";
import { RefundForm, type RefundFormLabels } from "@/components/refund/refund-form";
import { requirePageUser } from "@/lib/auth/session";
import { findCourier } from "@/lib/couriers";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { REFUND_ERROR_CODES } from "@/lib/payments/refunds";
import { villageParcel } from "@/lib/village/orders";
import { adminRefundAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.parcel");
  return { title: t("metaTitle") };
}

async function refundLabels(): Promise<RefundFormLabels> {
  const t = await getTranslations("admin.parcel.refund");
  const keys = [
    "title",
    "quantity",
    "less",
    "more",
    "atMost",
    "alreadyRefunded",
    "allRefunded",
    "amount",
    "submit",
    "confirmTitle",
    "confirmHint",
    "confirm",
    "cancel",
    "sending",
    "done",
  ] as const;
  const labels = Object.fromEntries(keys.map((key) => [key, t(key)])) as Omit<RefundFormLabels, "errors">;
  const errors = Object.fromEntries(REFUND_ERROR_CODES.map((code) => [code, t(`errors.${code}`)]));
  return { ...labels, errors: { ...errors, generic: t("errors.generic") } };
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-earth-700">{label}</dt>
      <dd className="font-semibold tabular-nums">{children}</dd>
    </div>
  );
}

export default async function AdminParcelPage({ params }: { params: Promise<{ shopOrderId: string }> }) {
  const { shopOrderId } = await params;
  const user = await requirePageUser(["ADMIN"], `/admin/orders/${encodeURIComponent(shopOrderId)}`);
  const found = await villageParcel(user.id, shopOrderId);
  if (!found.ok) notFound();
  const parcel = found.data;
  const [t, locale, labels] = await Promise.all([
    getTranslations("admin.parcel"),
    getLocale(),
    refundLabels(),
  ]);
  const fen = (value: number) => formatFen(value, locale);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });
  const shopName = localized(locale, parcel.shop.nameZh, parcel.shop.nameEn);
  const refundable = PAID_SHOP_ORDER_STATUSES.includes(parcel.status);
  const payout = parcel.payout;
  const payoutLeftFen = payout ? payout.amountFen - payout.refundedFen : 0;
  const courier = findCourier(parcel.courier);
  const courierLabel = courier ? localized(locale, courier.nameZh, courier.nameEn) : parcel.courier;
  return (
    <>
      <AdminNav current="orders" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <Link
          href={`/admin/orders?number=${encodeURIComponent(parcel.order.number)}`}
          className="inline-flex min-h-11 items-center font-semibold text-turquoise-700 hover:underline"
        >
          ← {t("back", { number: parcel.order.number })}
        </Link>
        <header className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { shop: shopName })}</h1>
          <ParcelStatusBadge status={parcel.status} />
        </header>
        <section
          aria-label={t("factsLabel")}
          className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
        >
          <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-3 lg:grid-cols-6">
            <Fact label={t("order")}>
              <span className="font-mono">{parcel.order.number}</span>
            </Fact>
            <Fact label={t("paidAt")}>{parcel.paidAt ? date.format(parcel.paidAt) : t("notPaid")}</Fact>
            <Fact label={t("paid")}>{fen(parcel.subtotalFen)}</Fact>
            <Fact label={t("refunded")}>{fen(parcel.refundedFen)}</Fact>
            <Fact label={t("commission")}>{fen(parcel.commissionFen - parcel.refundedCommissionFen)}</Fact>
            <Fact label={t("payout")}>
              {payout
                ? t(payout.status === "TRANSFERRED" ? "payoutSent" : "payoutOwed", {
                    amount: fen(
                      payout.status === "TRANSFERRED" ? (payout.transferredFen ?? 0) : payoutLeftFen,
                    ),
                  })
                : t("payoutNone")}
            </Fact>
          </dl>
          <p className="mt-3 text-sm text-earth-700">
            {courierLabel
              ? t("shipped", { courier: courierLabel, tracking: parcel.trackingNumber ?? "" })
              : t("notShipped", { city: parcel.order.city })}
          </p>
        </section>
        <div className="grid items-start gap-5 lg:grid-cols-[3fr_2fr]">
          <Card id="refund" title={refundable ? t("refundTitle") : t("itemsTitle")}>
            {refundable ? (
              <>
                <p className="mb-3 text-earth-700">{t("refundIntro")}</p>
                <RefundForm
                  shopOrderId={parcel.id}
                  items={parcel.items.map((item) => ({
                    id: item.id,
                    title: localized(locale, item.titleZh, item.titleEn),
                    unitPriceFen: item.unitPriceFen,
                    quantity: item.quantity,
                    refundedQuantity: item.refundedQuantity,
                  }))}
                  action={adminRefundAction}
                  labels={labels}
                />
              </>
            ) : (
              <>
                <p className="mb-3 text-earth-700">
                  {parcel.status === "REFUNDED" ? t("allRefunded") : t("notRefundable")}
                </p>
                <ul className="divide-y divide-earth-100">
                  {parcel.items.map((item) => (
                    <li key={item.id} className="flex items-baseline justify-between gap-3 py-2">
                      <span>{localized(locale, item.titleZh, item.titleEn)}</span>
                      <span className="shrink-0 tabular-nums">
                        {fen(item.unitPriceFen)} × {item.quantity}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
          <RefundHistory refunds={parcel.refunds} />
        </div>
      </main>
    </>
  );
}
