import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ShopStatus } from "@/lib/generated/prisma/client";

export const SHOP_FILTERS = ["all", "pending", "active", "suspended"] as const;
export type ShopFilter = (typeof SHOP_FILTERS)[number];

/** Status tabs with their counts; pending first after "all", since those wait for the admin. */
export async function ShopFilterTabs({
  current,
  counts,
}: {
  current: ShopFilter;
  counts: Record<ShopStatus, number>;
}) {
  const t = await getTranslations("admin.shops.filter");
  const total = counts.PENDING + counts.ACTIVE + counts.SUSPENDED;
  const count: Record<ShopFilter, number> = {
    all: total,
    pending: counts.PENDING,
    active: counts.ACTIVE,
    suspended: counts.SUSPENDED,
  };
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-2">
      {SHOP_FILTERS.map((filter) => (
        <Link
          key={filter}
          href={filter === "all" ? "/admin/shops" : `/admin/shops?status=${filter}`}
          aria-current={filter === current ? "page" : undefined}
          className="inline-flex min-h-11 items-center gap-2 rounded-full bg-white px-4 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500 aria-[current=page]:bg-turquoise-700 aria-[current=page]:text-white"
        >
          {t(filter)}
          <span className="rounded-full bg-earth-100 px-2 text-sm text-earth-900">{count[filter]}</span>
        </Link>
      ))}
    </nav>
  );
}
