import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Flash } from "@/components/seller/flash";
import { Icon } from "@/components/seller/icons";
import { OrderTabs } from "@/components/seller/order-tabs";
import { Pager } from "@/components/seller/pager";
import { ParcelCard } from "@/components/seller/parcel-card";
import { requirePageUser } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/catalog/page-param";
import { listOwnShopOrders, parseOrderTab } from "@/lib/seller/orders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.orders"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SellerOrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(["SELLER"], "/seller/orders");
  const query = await searchParams;
  const tab = parseOrderTab(query.tab);
  const page = parsePageParam(query.page);
  const done = typeof query.done === "string" ? query.done : null;
  const [t, list] = await Promise.all([
    getTranslations("seller.orders"),
    listOwnShopOrders(user.id, tab, page),
  ]);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-3">
        <span className="flex h-12 w-12 items-center justify-center rounded-2xl bg-turquoise-100 text-turquoise-700">
          <Icon name="truck" className="h-8 w-8" />
        </span>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </div>
      {done ? <Flash message={t("shippedFlash")} /> : null}
      <OrderTabs current={tab} counts={list.counts} />
      {list.parcels.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-3xl bg-white p-8 text-center ring-1 ring-earth-100">
          <span className="flex h-24 w-24 items-center justify-center rounded-full bg-turquoise-50 text-turquoise-700">
            <Icon name={tab === "shipped" ? "truck" : "box"} className="h-14 w-14" />
          </span>
          <p className="text-xl font-bold">{t(`empty.${tab}`)}</p>
        </div>
      ) : (
        <ul aria-label={t(`tabs.${tab}`)} className="grid gap-3 md:grid-cols-2">
          {list.parcels.map((parcel) => (
            <ParcelCard key={parcel.id} parcel={parcel} highlight={parcel.id === done} />
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={list.pageCount} hrefFor={(p) => `/seller/orders?tab=${tab}&page=${p}`} />
    </div>
  );
}
