import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Flash } from "@/components/seller/flash";
import { Icon } from "@/components/seller/icons";
import { Pager } from "@/components/seller/pager";
import { ProductCard } from "@/components/seller/product-card";
import { requirePageUser } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/catalog/page-param";
import { listOwnProducts } from "@/lib/seller/products";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.products"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SellerProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(["SELLER"], "/seller/products");
  const query = await searchParams;
  const page = parsePageParam(query.page);
  const saved = typeof query.saved === "string" ? query.saved : null;
  const [t, list] = await Promise.all([getTranslations("seller.products"), listOwnProducts(user.id, page)]);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-3">
        <span className="flex h-12 w-12 items-center justify-center rounded-2xl bg-turquoise-100 text-turquoise-700">
          <Icon name="box" className="h-8 w-8" />
        </span>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <span className="rounded-full bg-turquoise-100 px-3 text-xl leading-9 font-black tabular-nums text-turquoise-900">
          {list.total}
        </span>
      </div>
      {saved ? <Flash message={t("saved")} /> : null}
      <Link
        href="/seller/products/new"
        className="flex min-h-16 items-center justify-center gap-3 rounded-2xl bg-turquoise-700 px-6 text-xl font-bold text-white shadow-sm hover:bg-turquoise-600"
      >
        <Icon name="camera" className="h-9 w-9" />
        {t("add")}
      </Link>
      {list.products.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-3xl bg-white p-8 text-center ring-1 ring-earth-100">
          <span className="flex h-24 w-24 items-center justify-center rounded-full bg-turquoise-50 text-turquoise-700">
            <Icon name="camera" className="h-14 w-14" />
          </span>
          <p className="text-xl font-bold">{t("empty")}</p>
          <p className="text-earth-700">{t("emptyHint")}</p>
        </div>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {list.products.map((product) => (
            <ProductCard key={product.id} product={product} highlight={product.id === saved} />
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={list.pageCount} hrefFor={(p) => `/seller/products?page=${p}`} />
    </div>
  );
}
