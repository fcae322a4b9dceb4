import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/seller/icons";
import { NoShop } from "@/components/seller/no-shop";
import { PayoutAccountCard } from "@/components/seller/payout-account-card";
import { PayoutMonths } from "@/components/seller/payout-months";
import { PayoutTotals } from "@/components/seller/payout-totals";
import { requirePageUser } from "@/lib/auth/session";
import { refreshPayoutAccount } from "@/lib/payments/payout-account";
import { getOwnPayouts } from "@/lib/seller/payouts";
import { connectPayoutAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.payouts"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Back from the provider's onboarding page (`?back=1`): ask the provider how the account stands now.
 * The query only says "look"; what is stored is what the provider answers. If it does not answer,
 * the page shows what we knew, and the account.updated webhook brings the rest.
 */
async function refreshIfBack(userId: string, back: string | string[] | undefined) {
  if (back !== "1") return;
  try {
    await refreshPayoutAccount(userId);
  } catch (error) {
    console.error("[payouts] could not re-read the payout account", error);
  }
}

export default async function SellerPayoutsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(["SELLER"], "/seller/payouts");
  await refreshIfBack(user.id, (await searchParams).back);
  const [t, payouts] = await Promise.all([getTranslations("seller.payouts"), getOwnPayouts(user.id)]);
  if (!payouts) return <NoShop />;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-3">
        <span className="flex h-12 w-12 items-center justify-center rounded-2xl bg-turquoise-100 text-turquoise-700">
          <Icon name="wallet" className="h-8 w-8" />
        </span>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </div>
      <PayoutAccountCard state={payouts.account} action={connectPayoutAction} />
      <PayoutTotals onTheWayFen={payouts.onTheWayFen} paidOutFen={payouts.paidOutFen} />
      <PayoutMonths months={payouts.months} />
    </div>
  );
}
