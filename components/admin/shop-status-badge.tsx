import { getTranslations } from "next-intl/server";
import type { ShopStatus } from "@/lib/generated/prisma/client";

const tone: Record<ShopStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  ACTIVE: "bg-green-100 text-green-900",
  SUSPENDED: "bg-red-100 text-red-900",
};

export async function ShopStatusBadge({ status }: { status: ShopStatus }) {
  const t = await getTranslations("admin.shops.status");
  return (
    <span className={`inline-block shrink-0 rounded-full px-3 py-1 text-sm font-semibold ${tone[status]}`}>
      {t(status)}
    </span>
  );
}
