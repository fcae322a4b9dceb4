import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ShopCard } from "@/components/admin/shop-card";
import { SHOP_FILTERS, type ShopFilter, ShopFilterTabs } from "@/components/admin/shop-filter";
import { requirePageUser } from "@/lib/auth/session";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { SHOPS_PER_PAGE, shopStatusCounts, villageShops } from "@/lib/shops/admin-list";
import { approveShopAction, reinstateShopAction, suspendShopAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.shops");
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function readFilter(value: string | undefined): ShopFilter {
  return SHOP_FILTERS.find((filter) => filter === value) ?? "all";
}

function readPage(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

const actions = { approve: approveShopAction, suspend: suspendShopAction, reinstate: reinstateShopAction };

export default async function AdminShopsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin/shops");
  if (!user.villageId) notFound();
  const params = await searchParams;
  const filter = readFilter(first(params.status));
  const page = readPage(first(params.page));
  const status = filter === "all" ? null : (filter.toUpperCase() as ShopStatus);
  const [t, counts, shops] = await Promise.all([
    getTranslations("admin.shops"),
    shopStatusCounts(user.villageId),
    villageShops(user.villageId, status, page),
  ]);
  const total = status ? counts[status] : counts.PENDING + counts.ACTIVE + counts.SUSPENDED;
  const pageCount = Math.max(1, Math.ceil(total / SHOPS_PER_PAGE));
  const pageHref = (target: number) =>
    `/admin/shops?${new URLSearchParams({ ...(filter === "all" ? {} : { status: filter }), page: String(target) })}`;
  return (
    <>
      <AdminNav current="shops" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <p className="text-earth-700">{t("intro")}</p>
          <ShopFilterTabs current={filter} counts={counts} />
        </header>
        {shops.length === 0 ? (
          <p className="rounded-2xl bg-white p-5 text-earth-700 ring-1 ring-earth-100">
            {t(`empty.${filter}`)}
          </p>
        ) : (
          <ul className="space-y-4">
            {shops.map((shop) => (
              <ShopCard key={shop.id} shop={shop} actions={actions} />
            ))}
          </ul>
        )}
        {pageCount > 1 && (
          <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3">
            {page > 1 ? (
              <Link
                href={pageHref(page - 1)}
                rel="prev"
                className="inline-flex min-h-11 items-center rounded-full bg-white px-5 font-semibold text-turquoise-700 ring-1 ring-earth-100"
              >
                ← {t("previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-sm text-earth-700">{t("pageOf", { page, count: pageCount })}</span>
            {page < pageCount ? (
              <Link
                href={pageHref(page + 1)}
                rel="next"
                className="inline-flex min-h-11 items-center rounded-full bg-white px-5 font-semibold text-turquoise-700 ring-1 ring-earth-100"
              >
                {t("next")} →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </main>
    </>
  );
}
