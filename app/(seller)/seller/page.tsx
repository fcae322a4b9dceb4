import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HomeTile } from "@/components/seller/home-tile";
import { Icon } from "@/components/seller/icons";
import { NoShop } from "@/components/seller/no-shop";
import { ShopStatusChip, ShopStatusNotice } from "@/components/seller/shop-status";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import { getSellerHome } from "@/lib/seller/home";
import { getPayoutSummary } from "@/lib/seller/payouts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.home"))("title") };
}

export default async function SellerHomePage() {
  const user = await requirePageUser(["SELLER"], "/seller");
  const [t, tTokens, tLive, locale, home, payouts] = await Promise.all([
    getTranslations("seller.home"),
    getTranslations("developers.tokens"),
    getTranslations("liveVideo.seller"),
    getLocale(),
    getSellerHome(user.id),
    getPayoutSummary(user.id),
  ]);
  if (!home || !payouts) return <NoShop />;
  const { shop } = home;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3 rounded-3xl bg-white p-4 shadow-sm ring-1 ring-earth-100">
        <span className="flex h-14 w-14 items-center justify-center rounded-2xl bg-turquoise-100 text-turquoise-700">
          <Icon name="store" className="h-9 w-9" />
        </span>
        <div className="min-w-0 flex-1 basis-48">
          <h1 className="text-2xl font-bold">{localized(locale, shop.nameZh, shop.nameEn)}</h1>
          <ShopStatusChip status={shop.status} />
        </div>
        {shop.status === "ACTIVE" ? (
          <Link
            href={`/s/${shop.slug}`}
            className="flex min-h-12 w-full items-center justify-center gap-2 rounded-full px-4 font-semibold text-turquoise-700 ring-1 ring-turquoise-100 hover:bg-turquoise-50 sm:w-auto"
          >
            <Icon name="eye" className="h-5 w-5" />
            {t("viewShop")}
          </Link>
        ) : null}
      </div>

      <ShopStatusNotice status={shop.status} />

      <div className="grid grid-cols-2 gap-3 md:gap-4">
        <HomeTile
          href="/seller/products/new"
          icon="camera"
          label={t("addProduct")}
          tone="turquoise"
          className="col-span-2"
        >
          <span className="flex items-center gap-1 text-turquoise-50">
            <Icon name="plus" className="h-5 w-5" />
            {t("addProductHint")}
          </span>
        </HomeTile>
        <HomeTile href="/seller/products" icon="box" label={t("myProducts")} badge={home.productCount}>
          <span className="text-earth-700">{t("productCount", { count: home.productCount })}</span>
        </HomeTile>
        <HomeTile
          href="/seller/orders"
          icon="truck"
          label={t("newOrders")}
          badge={home.toShipCount}
          badgeTone="alert"
        >
          <span className="text-earth-700">{t("toShipCount", { count: home.toShipCount })}</span>
        </HomeTile>
        <HomeTile href="/seller/live" icon="play" label={tLive("title")} className="col-span-2">
          <span className="text-earth-700">{tLive("newShow")}</span>
        </HomeTile>
        <HomeTile href="/seller/payouts" icon="wallet" label={t("payouts")} className="col-span-2">
          {payouts.account === "ready" ? (
            <span className="flex items-center gap-1.5 text-earth-700">
              <Icon name="clock" className="h-5 w-5 text-amber-700" />
              {t("payoutsOnTheWay", { amount: formatFen(payouts.onTheWayFen, locale) })}
            </span>
          ) : (
            <span className="flex items-center gap-1.5 font-semibold text-red-800">
              <Icon name="alert" className="h-5 w-5" />
              {t(payouts.account === "none" ? "payoutsConnect" : "payoutsUnfinished")}
            </span>
          )}
        </HomeTile>
      </div>

      <section
        aria-labelledby="sales-title"
        className="rounded-3xl bg-white p-4 shadow-sm ring-1 ring-earth-100 md:p-5"
      >
        <h2 id="sales-title" className="flex items-center gap-3 text-xl font-bold">
          <span className="flex h-16 w-16 items-center justify-center rounded-2xl bg-amber-100 text-amber-800">
            <Icon name="coins" className="h-10 w-10" />
          </span>
          {t("sales")}
        </h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          <div className="flex flex-wrap items-center justify-between gap-x-3 rounded-2xl bg-earth-50 p-3 sm:block">
            <dt className="flex items-center gap-1.5 font-semibold text-earth-700">
              <Icon name="calendar" className="h-5 w-5" />
              {t("thisMonth")}
            </dt>
            <dd className="text-2xl font-black tabular-nums sm:mt-1 md:text-3xl">
              {formatFen(home.sales.monthFen, locale)}
            </dd>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-x-3 rounded-2xl bg-earth-50 p-3 sm:block">
            <dt className="flex items-center gap-1.5 font-semibold text-earth-700">
              <Icon name="calendar" className="h-5 w-5" />
              {t("thisYear")}
            </dt>
            <dd className="text-2xl font-black tabular-nums sm:mt-1 md:text-3xl">
              {formatFen(home.sales.yearFen, locale)}
            </dd>
          </div>
        </dl>
      </section>

      {/* For a shop's own programs (a stock sheet, a live-stream team's tools): the open API. */}
      <Link href="/seller/api-tokens" className="self-start font-semibold text-turquoise-700 underline">
        {tTokens("title")}
      </Link>
    </div>
  );
}
