import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { FlaggedPayment } from "@/lib/village/money";
import { Card } from "./card";

const KNOWN_FLAGS = new Set(["amount_mismatch", "late_payment"]);

/** Money that arrived but could not be taken for its order: what came, and whether it went back. */
export async function FlaggedPayments({ payments }: { payments: FlaggedPayment[] }) {
  const [t, locale] = await Promise.all([getTranslations("admin.money.flagged"), getLocale()]);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });
  return (
    <Card id="flagged" title={t("title")}>
      <p className="text-earth-700">{t("intro")}</p>
      {payments.length === 0 ? (
        <p className="mt-3 rounded-xl bg-green-50 px-3 py-2 font-semibold text-green-900">{t("none")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-earth-100">
          {payments.map((payment) => (
            <li key={payment.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:gap-4">
              <div className="sm:w-56">
                <Link
                  href={`/admin/orders?number=${encodeURIComponent(payment.orderNumber)}`}
                  className="font-mono font-semibold text-turquoise-700 underline"
                >
                  {payment.orderNumber}
                </Link>
                <p className="text-sm text-earth-700">{date.format(payment.createdAt)}</p>
              </div>
              <p className="font-semibold sm:flex-1">
                {t(`flags.${KNOWN_FLAGS.has(payment.flag) ? payment.flag : "other"}`)}
              </p>
              <dl className="grid grid-cols-3 gap-3 text-sm sm:w-96">
                <div>
                  <dt className="text-earth-700">{t("expected")}</dt>
                  <dd className="font-semibold tabular-nums">{formatFen(payment.amountFen, locale)}</dd>
                </div>
                <div>
                  <dt className="text-earth-700">{t("received")}</dt>
                  <dd className="font-semibold tabular-nums">
                    {payment.receivedFen === null ? "—" : formatFen(payment.receivedFen, locale)}
                  </dd>
                </div>
                <div>
                  <dt className="text-earth-700">{t("refund")}</dt>
                  <dd>
                    <span
                      className={`inline-block rounded-full px-2 py-0.5 font-semibold ${payment.refundSent ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
                    >
                      {payment.refundSent ? t("refundSent") : t("refundWaiting")}
                    </span>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
