import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { pageStorePath } from "@/lib/i18n/page-path";
import { settleOnReturn } from "@/lib/payments/checkout-session";

type Props = { params: Promise<{ orderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store.pay");
  return { title: t("processingTitle"), robots: { index: false } };
}

/**
 * Where the hosted payment page sends the buyer back. The query's session id is ignored: the order's
 * own payment is re-fetched from the provider and settled, so this page alone can fulfil the order.
 */
export default async function PaymentReturnPage({ params }: Props) {
  const { orderId } = await params;
  const user = await requirePageUser(["BUYER"], await pageStorePath(`/pay/${orderId}`));
  const outcome = await settleOnReturn(user.id, orderId);
  if (outcome === "paid" || outcome === "unchanged")
    redirect(await pageStorePath(`/orders/${orderId}?paid=1`));
  if (outcome === "expired" || outcome === "unknown") redirect(await pageStorePath(`/pay/${orderId}`));
  const t = await getTranslations("store.pay");
  const copy = {
    waiting: { title: t("processingTitle"), body: t("processing"), again: false },
    failed: { title: t("failedTitle"), body: t("failed"), again: true },
    returned: { title: t("returnedTitle"), body: t("returned"), again: false },
  }[outcome];

  return (
    <main className="mx-auto max-w-lg px-4 py-8">
      {outcome === "waiting" && <meta httpEquiv="refresh" content="3" />}
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-earth-100" role="status">
        <h1 className="text-xl font-bold">{copy.title}</h1>
        <p className="mt-4 text-lg">{copy.body}</p>
        <div className="mt-6 flex flex-wrap gap-4">
          {copy.again && (
            <Link
              href={`/pay/${orderId}`}
              className="inline-flex min-h-12 items-center rounded-full bg-turquoise-700 px-6 font-semibold text-white"
            >
              {t("tryAgain")}
            </Link>
          )}
          <Link
            href={`/orders/${orderId}`}
            className="inline-flex min-h-12 items-center font-semibold text-turquoise-700 underline underline-offset-4"
          >
            {t("viewOrder")}
          </Link>
        </div>
      </div>
    </main>
  );
}
