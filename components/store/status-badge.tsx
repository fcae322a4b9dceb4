import { getTranslations } from "next-intl/server";
import type { OrderStatus, ShopOrderStatus } from "@/lib/generated/prisma/client";

const tone: Record<ShopOrderStatus, string> = {
  PENDING_PAYMENT: "bg-amber-100 text-amber-900",
  PAID: "bg-turquoise-100 text-turquoise-900",
  SHIPPED: "bg-turquoise-700 text-white",
  DELIVERED: "bg-earth-100 text-earth-900",
  CANCELLED: "bg-earth-100 text-earth-700",
  REFUNDED: "bg-earth-100 text-earth-700",
};

export async function StatusBadge({ status }: { status: OrderStatus | ShopOrderStatus }) {
  const t = await getTranslations("store.orders.status");
  return (
    <span className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${tone[status]}`}>
      {t(status)}
    </span>
  );
}
