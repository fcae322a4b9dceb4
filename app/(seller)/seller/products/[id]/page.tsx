import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/seller/back-link";
import { ProductForm } from "@/components/seller/product-form/product-form";
import { requirePageUser } from "@/lib/auth/session";
import { listCategoryChoices } from "@/lib/seller/categories";
import { fenToYuanText } from "@/lib/seller/price-text";
import { getOwnProduct } from "@/lib/seller/products";
import { updateProductAction } from "../actions";
import { categoryTiles } from "../category-tiles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.products"))("editTitle") };
}

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(["SELLER"], `/seller/products/${encodeURIComponent(id)}`);
  const [t, locale, product, categories] = await Promise.all([
    getTranslations("seller.products"),
    getLocale(),
    getOwnProduct(user.id, id),
    listCategoryChoices(),
  ]);
  if (!product) notFound();
  return (
    <div className="flex flex-col gap-4">
      <BackLink href="/seller/products" label={t("back")} />
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <ProductForm
        action={updateProductAction}
        categories={categoryTiles(categories, locale)}
        product={{
          id: product.id,
          titleZh: product.titleZh,
          titleEn: product.titleEn,
          descriptionZh: product.descriptionZh,
          descriptionEn: product.descriptionEn,
          categoryId: product.categoryId,
          priceYuan: fenToYuanText(product.priceFen),
          stock: product.stock,
          unit: product.unit,
          status: product.status === "ACTIVE" ? "ACTIVE" : "DRAFT",
          imageIds: product.images.map((image) => image.id),
          voiceNote: product.voiceNote,
        }}
      />
    </div>
  );
}
