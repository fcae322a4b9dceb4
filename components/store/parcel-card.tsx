import { getLocale, getTranslations } from "next-intl/server";
import { findCourier } from "@/lib/couriers";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import type { BuyerParcel } from "@/lib/orders/buyer-orders";
import { StatusBadge } from "./status-badge";

/** What the buyer knows about one shop's parcel: where it stands and, once shipped, who carries it. */
export async function ParcelStatusLine({
  parcel,
}: {
  parcel: Pick<BuyerParcel, "status" | "courier" | "trackingNumber">;
}) {
  const [t, locale] = await Promise.all([getTranslations("store.orders"), getLocale()]);
  const courier = findCourier(parcel.courier);
  if ((parcel.status === "SHIPPED" || parcel.status === "DELIVERED") && parcel.trackingNumber) {
    return (
      <p className="text-turquoise-900">
        {t("shippedWith", {
          courier: courier ? localized(locale, courier.nameZh, courier.nameEn) : (parcel.courier ?? ""),
          tracking: parcel.trackingNumber,
        })}
        {parcel.status === "DELIVERED" && <> · {t("delivered")}</>}
      </p>
    );
  }
  if (parcel.status === "PAID") return <p className="text-earth-700">{t("awaitingShipment")}</p>;
  if (parcel.status === "PENDING_PAYMENT") return <p className="text-earth-700">{t("awaitingPayment")}</p>;
  return null;
}

export async function ParcelCard({ parcel }: { parcel: BuyerParcel }) {
  const [t, tCart, locale] = await Promise.all([
    getTranslations("store.orders"),
    getTranslations("store.cart"),
    getLocale(),
  ]);
  const shopName = localized(locale, parcel.shop.nameZh, parcel.shop.nameEn);
  return (
    <article
      aria-label={t("parcelFrom", { shop: shopName })}
      className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 sm:p-5"
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-bold">
          <Link href={`/s/${parcel.shop.slug}`} className="hover:text-turquoise-700 hover:underline">
            {t("parcelFrom", { shop: shopName })}
          </Link>
        </h3>
        <StatusBadge status={parcel.status} />
      </header>
      <div className="mt-2">
        <ParcelStatusLine parcel={parcel} />
      </div>
      <ul className="mt-3 divide-y divide-earth-100">
        {parcel.items.map((item) => (
          <li key={item.id} className="flex items-start justify-between gap-3 py-2">
            <span>
              <Link href={`/p/${item.productId}`} className="hover:underline">
                {localized(locale, item.titleZh, item.titleEn)}
              </Link>
              <span className="block text-sm text-earth-700">
                {formatFen(item.unitPriceFen, locale)} × {item.quantity}
              </span>
              {item.refundedQuantity > 0 && (
                <span className="block text-sm font-semibold text-rose-800">
                  {t("refundedItems", { count: item.refundedQuantity })}
                </span>
              )}
            </span>
            <span className="font-semibold">{formatFen(item.lineTotalFen, locale)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex justify-between border-t border-earth-100 pt-3 font-semibold">
        <span>{tCart("subtotal")}</span>
        <span>{formatFen(parcel.subtotalFen, locale)}</span>
      </p>
      {parcel.refundedFen > 0 && (
        <p className="mt-1 flex justify-end font-semibold text-rose-800">
          {t("refunded", { amount: formatFen(parcel.refundedFen, locale) })}
        </p>
      )}
    </article>
  );
}
