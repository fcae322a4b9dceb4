import { getTranslations } from "next-intl/server";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";

const tone: Record<ShopOrderStatus, string> = {
  PENDING_PAYMENT: "bg-amber-100 text-amber-900",
  PAID: "bg-turquoise-100 text-turquoise-900",
  SHIPPED: "bg-turquoise-700 text-white",
  DELIVERED: "bg-green-100 text-green-900",
  CANCELLED: "bg-earth-100 text-earth-700",
  REFUNDED: "bg-red-100 text-red-900",
};

export async function ParcelStatusBadge({ status }: { status: ShopOrderStatus }) {
  const t = await getTranslations("admin.orders.status");
  return (
    <span className={`inline-block shrink-0 rounded-full px-3 py-1 text-sm font-semibold ${tone[status]}`}>
      {t(status)}
    </span>
  );
}
