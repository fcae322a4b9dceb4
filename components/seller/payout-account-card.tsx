import { getTranslations } from "next-intl/server";
import type { PayoutAccountState } from "@/lib/seller/payouts";
import { Icon, type IconName } from "./icons";
import { type PayoutConnectAction, PayoutConnectButton } from "./payout-connect-button";

const looks: Record<PayoutAccountState, { badge: IconName; tile: string; badgeTone: string; ring: string }> =
  {
    none: {
      badge: "plus",
      tile: "bg-earth-100 text-earth-700",
      badgeTone: "bg-red-600",
      ring: "ring-red-300",
    },
    unfinished: {
      badge: "clock",
      tile: "bg-amber-100 text-amber-900",
      badgeTone: "bg-amber-600",
      ring: "ring-amber-300",
    },
    ready: {
      badge: "check",
      tile: "bg-green-100 text-green-800",
      badgeTone: "bg-green-600",
      ring: "ring-green-300",
    },
  };

/**
 * The payout account by picture: a purse with a red plus (none yet), an amber clock (setup not
 * finished) or a green tick (ready); the first two come with the button to the provider's page.
 */
export async function PayoutAccountCard({
  state,
  action,
}: {
  state: PayoutAccountState;
  action: PayoutConnectAction;
}) {
  const t = await getTranslations("seller.payouts");
  const look = looks[state];
  return (
    <section
      aria-labelledby="account-title"
      className={`flex flex-col gap-4 rounded-3xl bg-white p-4 shadow-sm ring-2 md:p-5 ${look.ring}`}
    >
      <h2 id="account-title" className="sr-only">
        {t("account")}
      </h2>
      <div className="flex items-center gap-4">
        <div className="relative shrink-0">
          <span className={`flex h-20 w-20 items-center justify-center rounded-3xl ${look.tile}`}>
            <Icon name="wallet" className="h-12 w-12" />
          </span>
          <span
            className={`absolute -right-2 -bottom-2 flex h-10 w-10 items-center justify-center rounded-full text-white ring-4 ring-white ${look.badgeTone}`}
          >
            <Icon name={look.badge} className="h-7 w-7" />
          </span>
        </div>
        <div>
          <p className="text-xl font-bold">{t(state)}</p>
          {state === "ready" ? null : <p className="mt-1 text-earth-700">{t(`${state}Body`)}</p>}
        </div>
      </div>
      {state === "ready" ? null : (
        <PayoutConnectButton action={action} label={t(state === "none" ? "connect" : "finish")} />
      )}
    </section>
  );
}
