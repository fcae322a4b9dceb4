import { getTranslations } from "next-intl/server";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { Icon, type IconName } from "./icons";

type SellerStatus = "PAID" | "SHIPPED" | "DELIVERED" | "REFUNDED";

const looks: Partial<Record<ShopOrderStatus, { icon: IconName; className: string; key: SellerStatus }>> = {
  PAID: { icon: "box", className: "bg-amber-100 text-amber-900", key: "PAID" },
  SHIPPED: { icon: "truck", className: "bg-sky-100 text-sky-900", key: "SHIPPED" },
  DELIVERED: { icon: "checkCircle", className: "bg-green-100 text-green-800", key: "DELIVERED" },
  REFUNDED: { icon: "undo", className: "bg-rose-100 text-rose-900", key: "REFUNDED" },
};

/** To ship (an amber parcel), shipped (a blue truck), delivered (a green tick), given back (a rose arrow). */
export async function ParcelStatusChip({ status }: { status: ShopOrderStatus }) {
  const look = looks[status];
  if (!look) return null;
  const t = await getTranslations("seller.orders.status");
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 font-bold ${look.className}`}>
      <Icon name={look.icon} className="h-5 w-5" />
      {t(look.key)}
    </span>
  );
}
