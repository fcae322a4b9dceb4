import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import type { OwnParcel } from "@/lib/seller/orders";
import { Icon } from "./icons";
import { ItemPhoto } from "./item-photo";

/** What was given back already: the amount in big figures and each refunded item's photo and count. */
export async function RefundedSummary({ parcel }: { parcel: OwnParcel }) {
  if (parcel.refundedFen === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("seller.order"), getLocale()]);
  const refunded = parcel.items.filter((item) => item.refundedQuantity > 0);
  return (
    <section
      aria-labelledby="refunded-title"
      className="rounded-3xl bg-rose-50 p-4 shadow-sm ring-1 ring-rose-200"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="refunded-title" className="flex items-center gap-2 text-xl font-bold text-rose-900">
          <Icon name="undo" className="h-7 w-7" />
          {t("refundedTitle")}
        </h2>
        <p className="text-3xl font-black tabular-nums text-rose-900">
          {formatFen(parcel.refundedFen, locale)}
        </p>
      </div>
      <ul className="mt-3 flex flex-wrap gap-3 pr-1.5 pb-1.5">
        {refunded.map((item) => {
          const title = localized(locale, item.titleZh, item.titleEn);
          return (
            <li key={item.id}>
              <ItemPhoto
                imageId={item.product.images[0]?.id}
                quantity={item.refundedQuantity}
                alt={t("refundedItem", { title, count: item.refundedQuantity })}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
