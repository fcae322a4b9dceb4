import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import { Icon, type IconName } from "./icons";

function Total({
  icon,
  tone,
  label,
  hint,
  fen,
  locale,
}: {
  icon: IconName;
  tone: string;
  label: string;
  hint: string;
  fen: number;
  locale: string;
}) {
  return (
    <div className="flex items-center gap-3 rounded-3xl bg-white p-4 shadow-sm ring-1 ring-earth-100">
      <span className={`flex h-16 w-16 shrink-0 items-center justify-center rounded-2xl ${tone}`}>
        <Icon name={icon} className="h-10 w-10" />
      </span>
      <div className="min-w-0">
        <dt className="text-lg font-bold">{label}</dt>
        <dd className="text-3xl font-black tabular-nums md:text-4xl">{formatFen(fen, locale)}</dd>
        <dd className="text-earth-700">{hint}</dd>
      </div>
    </div>
  );
}

/** The two figures that matter: money on its way (an amber clock) and money received (a green tick). */
export async function PayoutTotals({ onTheWayFen, paidOutFen }: { onTheWayFen: number; paidOutFen: number }) {
  const [t, locale] = await Promise.all([getTranslations("seller.payouts"), getLocale()]);
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      <Total
        icon="clock"
        tone="bg-amber-100 text-amber-900"
        label={t("onTheWay")}
        hint={t("onTheWayHint")}
        fen={onTheWayFen}
        locale={locale}
      />
      <Total
        icon="checkCircle"
        tone="bg-green-100 text-green-800"
        label={t("paidOut")}
        hint={t("paidOutHint")}
        fen={paidOutFen}
        locale={locale}
      />
    </dl>
  );
}
