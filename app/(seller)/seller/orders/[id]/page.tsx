import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/seller/back-link";
import { Icon } from "@/components/seller/icons";
import { ItemPhoto } from "@/components/seller/item-photo";
import { ParcelStatusChip } from "@/components/seller/parcel-status";
import { RefundSection } from "@/components/seller/refund-section";
import { RefundedSummary } from "@/components/seller/refunded-summary";
import { ShipForm } from "@/components/seller/ship-form/ship-form";
import { ShipmentInfo } from "@/components/seller/shipment-info";
import { requirePageUser } from "@/lib/auth/session";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import { getOwnShopOrder } from "@/lib/seller/orders";
import { markShippedAction, refundAction } from "../actions";

// Where "back" goes: the tab the parcel is listed on.
const backTab: Partial<Record<ShopOrderStatus, string>> = {
  PAID: "to-ship",
  SHIPPED: "shipped",
  DELIVERED: "shipped",
};
// What refundShopOrder accepts; a parcel given back in full has nothing left to refund.
const refundable: ShopOrderStatus[] = ["PAID", "SHIPPED", "DELIVERED"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.orders"))("title") };
}

export default async function SellerOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(["SELLER"], `/seller/orders/${encodeURIComponent(id)}`);
  const [t, tUnits, locale, parcel] = await Promise.all([
    getTranslations("seller.order"),
    getTranslations("seller.form.units"),
    getLocale(),
    getOwnShopOrder(user.id, id),
  ]);
  if (!parcel) notFound();
  const { order } = parcel;
  const tab = backTab[parcel.status] ?? "all";

  return (
    <div className="flex flex-col gap-4">
      <BackLink href={`/seller/orders?tab=${tab}`} label={t("back")} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("number", { number: order.number })}</h1>
        <ParcelStatusChip status={parcel.status} />
      </div>

      <section
        aria-labelledby="items-title"
        className="rounded-3xl bg-white p-4 shadow-sm ring-1 ring-earth-100"
      >
        <h2 id="items-title" className="mb-3 flex items-center gap-2 text-xl font-bold">
          <Icon name="box" className="h-7 w-7 text-turquoise-700" />
          {t("items")}
        </h2>
        <ul className="flex flex-col gap-4">
          {parcel.items.map((item) => {
            const title = localized(locale, item.titleZh, item.titleEn);
            return (
              <li key={item.id} className="flex items-center gap-4">
                <ItemPhoto
                  imageId={item.product.images[0]?.id}
                  quantity={item.quantity - item.refundedQuantity}
                  dimmed={item.quantity === item.refundedQuantity}
                  alt={title}
                  size="lg"
                />
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">{title}</p>
                  <p className="text-earth-700">
                    {t("unitPrice", { price: formatFen(item.unitPriceFen, locale) })} ·{" "}
                    {tUnits(item.product.unit)}
                  </p>
                  <p className="text-xl font-bold tabular-nums">{formatFen(item.lineTotalFen, locale)}</p>
                  {item.refundedQuantity > 0 ? (
                    <p className="mt-1 inline-flex items-center gap-1 rounded-full bg-rose-100 px-2.5 py-0.5 font-bold text-rose-900">
                      <Icon name="undo" className="h-5 w-5" />
                      {t("refundedCount", { count: item.refundedQuantity })}
                    </p>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
        <p className="mt-4 flex items-center justify-between border-t border-earth-100 pt-3">
          <span className="text-lg font-semibold">{t("total")}</span>
          <span className="text-3xl font-black tabular-nums">{formatFen(parcel.subtotalFen, locale)}</span>
        </p>
      </section>

      <section
        aria-labelledby="address-title"
        className="rounded-3xl bg-white p-4 shadow-sm ring-1 ring-earth-100"
      >
        <h2 id="address-title" className="mb-3 flex items-center gap-2 text-xl font-bold">
          <Icon name="pin" className="h-7 w-7 text-turquoise-700" />
          {t("sendTo")}
        </h2>
        <dl className="flex flex-col gap-3 text-lg">
          <div className="flex items-center gap-3">
            <dt>
              <Icon name="user" className="h-7 w-7 text-earth-700" />
              <span className="sr-only">{t("recipient")}</span>
            </dt>
            <dd className="font-bold">{order.recipientName}</dd>
          </div>
          <div className="flex items-center gap-3">
            <dt>
              <Icon name="phone" className="h-7 w-7 text-earth-700" />
              <span className="sr-only">{t("phone")}</span>
            </dt>
            <dd>
              <a
                href={`tel:${order.recipientPhone}`}
                aria-label={t("call", { phone: order.recipientPhone })}
                className="inline-flex min-h-12 items-center rounded-full bg-turquoise-50 px-4 font-mono font-bold text-turquoise-900 ring-1 ring-turquoise-100"
              >
                {order.recipientPhone}
              </a>
            </dd>
          </div>
          <div className="flex items-start gap-3">
            <dt>
              <Icon name="pin" className="h-7 w-7 text-earth-700" />
              <span className="sr-only">{t("address")}</span>
            </dt>
            <dd>
              {order.province} {order.city} {order.addressLine}
              {order.postalCode ? <span className="ml-2 text-earth-700">{order.postalCode}</span> : null}
            </dd>
          </div>
        </dl>
      </section>

      <RefundedSummary parcel={parcel} />

      {parcel.status === "PAID" ? (
        <section aria-labelledby="ship-title" className="flex flex-col gap-3">
          <h2 id="ship-title" className="flex items-center gap-2 text-2xl font-bold">
            <Icon name="truck" className="h-8 w-8 text-turquoise-700" />
            {t("shipTitle")}
          </h2>
          <ShipForm shopOrderId={parcel.id} action={markShippedAction} />
        </section>
      ) : parcel.courier ? (
        <ShipmentInfo
          courierCode={parcel.courier}
          trackingNumber={parcel.trackingNumber}
          shippedAt={parcel.shippedAt}
        />
      ) : null}

      {refundable.includes(parcel.status) ? <RefundSection parcel={parcel} action={refundAction} /> : null}
    </div>
  );
}
