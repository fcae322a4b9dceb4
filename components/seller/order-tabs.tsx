import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ORDER_TABS, type OrderTab } from "@/lib/seller/orders";
import { Icon, type IconName } from "./icons";

const tabIcons: Record<OrderTab, IconName> = { "to-ship": "box", shipped: "truck", all: "list" };

/** To ship / Shipped / All, each with its picture and how many. */
export async function OrderTabs({
  current,
  counts,
}: {
  current: OrderTab;
  counts: Record<OrderTab, number>;
}) {
  const t = await getTranslations("seller.orders.tabs");
  return (
    <nav aria-label={t("label")} className="grid grid-cols-3 gap-2">
      {ORDER_TABS.map((tab) => (
        <Link
          key={tab}
          href={`/seller/orders?tab=${tab}`}
          aria-current={tab === current ? "page" : undefined}
          className="flex min-h-20 flex-col items-center justify-center gap-1 rounded-2xl bg-white p-2 font-bold ring-1 ring-earth-100 hover:bg-turquoise-50 aria-[current=page]:bg-turquoise-700 aria-[current=page]:text-white aria-[current=page]:ring-0"
        >
          <span className="flex items-center gap-1.5">
            <Icon name={tabIcons[tab]} className="h-7 w-7" />
            <span
              className={`min-w-8 rounded-full px-2 text-center text-lg leading-8 tabular-nums ${
                tab === "to-ship" && counts[tab] > 0 ? "bg-red-600 text-white" : "bg-black/10"
              }`}
            >
              {counts[tab]}
            </span>
          </span>
          <span>{t(tab)}</span>
        </Link>
      ))}
    </nav>
  );
}
