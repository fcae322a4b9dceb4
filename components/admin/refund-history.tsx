import { getLocale, getTranslations } from "next-intl/server";
import type { RefundStatus } from "@/lib/generated/prisma/client";
import { formatFen } from "@/lib/money";
import type { VillageParcel } from "@/lib/village/orders";
import { Card } from "./card";

const tone: Record<RefundStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SUCCEEDED: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
};

/** Every refund of the parcel, newest first: how much, who asked, and whether the money went out. */
export async function RefundHistory({ refunds }: { refunds: VillageParcel["refunds"] }) {
  const [t, locale] = await Promise.all([getTranslations("admin.parcel.history"), getLocale()]);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });
  return (
    <Card id="refund-history" title={t("title")}>
      {refunds.length === 0 ? (
        <p className="text-earth-700">{t("none")}</p>
      ) : (
        <ol className="divide-y divide-earth-100">
          {refunds.map((refund) => (
            <li key={refund.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className="font-semibold tabular-nums">{formatFen(refund.amountFen, locale)}</p>
                <p className="text-sm text-earth-700">
                  {t("by", { name: refund.requestedBy, date: date.format(refund.createdAt) })}
                </p>
              </div>
              <span className={`rounded-full px-3 py-1 text-sm font-semibold ${tone[refund.status]}`}>
                {t(`status.${refund.status}`)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
