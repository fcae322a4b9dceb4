import { getLocale, getTranslations } from "next-intl/server";
import { RefundForm, type RefundFormAction, type RefundFormLabels } from "@/components/refund/refund-form";
import { localized } from "@/lib/i18n/locales";
import { REFUND_ERROR_CODES } from "@/lib/payments/refunds";
import type { OwnParcel } from "@/lib/seller/orders";
import { Icon } from "./icons";

async function refundLabels(): Promise<RefundFormLabels> {
  const t = await getTranslations("seller.refund");
  const errors = Object.fromEntries(REFUND_ERROR_CODES.map((code) => [code, t(`errors.${code}`)]));
  return {
    title: t("title"),
    quantity: t("quantity"),
    less: t("less"),
    more: t("more"),
    atMost: t("atMost"),
    alreadyRefunded: t("alreadyRefunded"),
    allRefunded: t("allRefunded"),
    amount: t("amount"),
    submit: t("submit"),
    confirmTitle: t("confirmTitle"),
    confirmHint: t("confirmHint"),
    confirm: t("confirm"),
    cancel: t("cancel"),
    sending: t("sending"),
    done: t("done"),
    errors: { ...errors, generic: t("errors.generic") },
  };
}

/**
 * Giving money back, folded away behind one big button: the seller's everyday job on this page is
 * shipping, and a refund should never be a tap away by accident.
 */
export async function RefundSection({ parcel, action }: { parcel: OwnParcel; action: RefundFormAction }) {
  const [t, locale, labels] = await Promise.all([
    getTranslations("seller.order"),
    getLocale(),
    refundLabels(),
  ]);
  const items = parcel.items.map((item) => ({
    id: item.id,
    title: localized(locale, item.titleZh, item.titleEn),
    unitPriceFen: item.unitPriceFen,
    quantity: item.quantity,
    refundedQuantity: item.refundedQuantity,
    imageUrl: item.product.images[0] ? `/images/${item.product.images[0].id}` : null,
  }));
  return (
    <details className="group rounded-3xl bg-white shadow-sm ring-1 ring-earth-100">
      <summary className="flex min-h-16 cursor-pointer list-none items-center gap-3 rounded-3xl p-4 text-xl font-bold hover:bg-rose-50 [&::-webkit-details-marker]:hidden">
        <span className="flex h-12 w-12 items-center justify-center rounded-2xl bg-rose-100 text-rose-800">
          <Icon name="undo" className="h-8 w-8" />
        </span>
        <span className="flex-1">{t("refundOpen")}</span>
        <Icon
          name="arrowRight"
          className="h-7 w-7 text-earth-700 transition-transform group-open:rotate-90"
        />
      </summary>
      <div className="px-4 pb-4">
        <RefundForm shopOrderId={parcel.id} items={items} action={action} labels={labels} />
      </div>
    </details>
  );
}
