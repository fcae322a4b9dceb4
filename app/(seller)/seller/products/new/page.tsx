import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/seller/back-link";
import { NoShop } from "@/components/seller/no-shop";
import { ProductForm } from "@/components/seller/product-form/product-form";
import { ShopStatusNotice } from "@/components/seller/shop-status";
import { requirePageUser } from "@/lib/auth/session";
import { listCategoryChoices } from "@/lib/seller/categories";
import { getOwnShop } from "@/lib/seller/shop";
import { createProductAction } from "../actions";
import { categoryTiles } from "../category-tiles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.products"))("newTitle") };
}

export default async function NewProductPage() {
  const user = await requirePageUser(["SELLER"], "/seller/products/new");
  const [t, locale, shop, categories] = await Promise.all([
    getTranslations("seller.products"),
    getLocale(),
    getOwnShop(user.id),
    listCategoryChoices(),
  ]);
  if (!shop) return <NoShop />;
  return (
    <div className="flex flex-col gap-4">
      <BackLink href="/seller/products" label={t("back")} />
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <ShopStatusNotice status={shop.status} />
      <ProductForm action={createProductAction} categories={categoryTiles(categories, locale)} />
    </div>
  );
}
