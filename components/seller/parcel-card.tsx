import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findCourier } from "@/lib/couriers";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import type { OwnParcelRow } from "@/lib/seller/orders";
import { CourierBadge } from "./courier-badge";
import { Icon } from "./icons";
import { ItemPhoto } from "./item-photo";
import { ParcelStatusChip } from "./parcel-status";

/** One parcel in the orders list, as pictures: what was bought and how many, the total, where to. */
export async function ParcelCard({ parcel, highlight }: { parcel: OwnParcelRow; highlight: boolean }) {
  const [t, locale, format] = await Promise.all([
    getTranslations("seller.orders"),
    getLocale(),
    getFormatter(),
  ]);
  const paidAt = parcel.paidAt ?? parcel.createdAt;
  const courier = findCourier(parcel.courier);
  return (
    <li>
      <Link
        href={`/seller/orders/${parcel.id}`}
        className={`flex flex-col gap-3 rounded-3xl bg-white p-4 shadow-sm hover:bg-turquoise-50 ${
          highlight ? "ring-4 ring-green-500" : "ring-1 ring-earth-100"
        }`}
      >
        <span className="flex flex-wrap items-center gap-2">
          <ParcelStatusChip status={parcel.status} />
          {courier ? (
            <>
              <CourierBadge courier={courier} size="sm" />
              <span className="sr-only">{localized(locale, courier.nameZh, courier.nameEn)}</span>
            </>
          ) : null}
          <span className="flex items-center gap-1 text-earth-700">
            <Icon name="calendar" className="h-5 w-5" />
            {t("paidOn", { date: format.dateTime(paidAt, { month: "short", day: "numeric" }) })}
          </span>
          {parcel.refundedFen > 0 && parcel.status !== "REFUNDED" ? (
            <span className="inline-flex items-center gap-1 rounded-full bg-rose-100 px-2.5 py-0.5 font-bold text-rose-900">
              <Icon name="undo" className="h-5 w-5" />
              {t("refundedOn", { amount: formatFen(parcel.refundedFen, locale) })}
            </span>
          ) : null}
          <span className="sr-only">{t("open", { number: parcel.order.number })}</span>
        </span>
        <span className="flex flex-wrap gap-3 pr-1.5 pb-1.5">
          {parcel.items.map((item) => {
            // What is still the buyer's: units given back are not packed.
            const left = item.quantity - item.refundedQuantity;
            return (
              <ItemPhoto
                key={item.id}
                imageId={item.product.images[0]?.id}
                quantity={left}
                dimmed={left === 0}
                alt={t("itemAlt", { title: localized(locale, item.titleZh, item.titleEn), count: left })}
              />
            );
          })}
        </span>
        <span className="flex items-end justify-between gap-3">
          <span className="flex items-center gap-1.5 text-lg font-semibold">
            <Icon name="pin" className="h-6 w-6 text-turquoise-700" />
            <span className="sr-only">{t("sendTo")}</span>
            {parcel.order.city}
          </span>
          <span className="text-right">
            <span className="block text-sm text-earth-700">{t("total")}</span>
            <span className="text-2xl font-black tabular-nums">{formatFen(parcel.subtotalFen, locale)}</span>
          </span>
        </span>
        {parcel.status === "PAID" ? (
          <span className="flex min-h-14 items-center justify-center gap-2 rounded-2xl bg-turquoise-700 text-lg font-bold text-white">
            <Icon name="truck" className="h-7 w-7" />
            {t("shipNow")}
            <Icon name="arrowRight" className="h-6 w-6" />
          </span>
        ) : null}
      </Link>
    </li>
  );
}
