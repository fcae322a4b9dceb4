import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import type { AdminShopRow } from "@/lib/shops/admin-list";
import { formatCount } from "./format";
import { type ShopAction, ShopActionButton } from "./shop-action-button";
import { ShopStatusBadge } from "./shop-status-badge";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-earth-700">{label}</dt>
      <dd className="font-semibold">{children}</dd>
    </div>
  );
}

/** One shop in the admin's list: who runs it, what it sells, and the one action its status allows. */
export type ShopActions = { approve: ShopAction; suspend: ShopAction; reinstate: ShopAction };

export async function ShopCard({ shop, actions }: { shop: AdminShopRow; actions: ShopActions }) {
  const [t, locale] = await Promise.all([getTranslations("admin.shops"), getLocale()]);
  const name = localized(locale, shop.nameZh, shop.nameEn);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <li
      aria-labelledby={`shop-${shop.id}`}
      className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 sm:flex-row sm:items-start"
    >
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`shop-${shop.id}`} className="text-lg font-bold">
            {name}
          </h2>
          <ShopStatusBadge status={shop.status} />
        </div>
        {name !== shop.nameZh && (
          <p className="text-sm text-earth-700" lang="zh-CN">
            {shop.nameZh}
          </p>
        )}
        <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-4">
          <Fact label={t("owner")}>
            {shop.owner.name}
            {shop.owner.phone && <span className="block font-normal text-earth-700">{shop.owner.phone}</span>}
          </Fact>
          <Fact label={t("household")}>
            {shop.household?.code ?? t("noHousehold")}
            {shop.household?.formerlyPoor && (
              <span className="mt-1 block w-fit rounded-full bg-earth-100 px-2 py-0.5 text-xs font-semibold text-earth-900">
                {t("formerlyPoor")}
              </span>
            )}
          </Fact>
          <Fact label={t("products")}>{formatCount(shop.productCount, locale)}</Fact>
          <Fact label={t("paidSales")}>{formatFen(shop.paidSalesFen, locale)}</Fact>
        </dl>
        <p className="mt-2 text-sm text-earth-700">
          {shop.approvedAt
            ? t("approvedOn", { date: date.format(shop.approvedAt) })
            : t("appliedOn", { date: date.format(shop.createdAt) })}
          {shop.status === "ACTIVE" && (
            <>
              {" · "}
              <Link href={`/s/${shop.slug}`} className="font-semibold text-turquoise-700 underline">
                {t("viewShop")}
              </Link>
            </>
          )}
        </p>
      </div>
      <div className="sm:w-44">
        {shop.status === "PENDING" && (
          <ShopActionButton
            action={actions.approve}
            shopId={shop.id}
            shopName={name}
            label={t("approve")}
            tone="primary"
          />
        )}
        {shop.status === "ACTIVE" && (
          <ShopActionButton
            action={actions.suspend}
            shopId={shop.id}
            shopName={name}
            label={t("suspend")}
            tone="danger"
          />
        )}
        {shop.status === "SUSPENDED" && (
          <ShopActionButton
            action={actions.reinstate}
            shopId={shop.id}
            shopName={name}
            label={t("reinstate")}
            tone="plain"
          />
        )}
      </div>
    </li>
  );
}
