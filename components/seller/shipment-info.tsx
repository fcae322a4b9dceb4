import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findCourier } from "@/lib/couriers";
import { localized } from "@/lib/i18n/locales";
import { CourierBadge } from "./courier-badge";
import { Icon } from "./icons";

/** How a sent parcel went: the courier's badge and name, the tracking number, the day. */
export async function ShipmentInfo({
  courierCode,
  trackingNumber,
  shippedAt,
}: {
  courierCode: string | null;
  trackingNumber: string | null;
  shippedAt: Date | null;
}) {
  const [t, locale, format] = await Promise.all([
    getTranslations("seller.order"),
    getLocale(),
    getFormatter(),
  ]);
  const courier = findCourier(courierCode);
  const name = courier ? localized(locale, courier.nameZh, courier.nameEn) : (courierCode ?? "");
  return (
    <div className="flex items-center gap-4 rounded-3xl bg-sky-50 p-4 ring-1 ring-sky-200">
      {courier ? <CourierBadge courier={courier} size="lg" /> : <Icon name="truck" className="h-12 w-12" />}
      <div className="min-w-0">
        <p className="text-lg font-bold">{t("shippedWith", { courier: name })}</p>
        {trackingNumber ? (
          <p className="font-mono text-2xl font-bold tracking-wider break-all">{trackingNumber}</p>
        ) : null}
        {shippedAt ? (
          <p className="flex items-center gap-1 text-earth-700">
            <Icon name="calendar" className="h-5 w-5" />
            {t("shippedOn", {
              date: format.dateTime(shippedAt, { year: "numeric", month: "short", day: "numeric" }),
            })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
