import type { ActionResult } from "@/lib/actions/result";
import type { PRODUCT_UNITS, SellerProductStatus } from "@/lib/seller/limits";

export type ProductFormState = ActionResult<{ productId: string }> | null;
export type ProductFormAction = (state: ProductFormState, formData: FormData) => Promise<ProductFormState>;

export type CategoryTile = {
  id: string;
  name: string;
  nameZh: string;
  nameEn: string;
  picture: string | null;
};

/** What the edit form starts from; a new product starts from nothing. */
export type ProductFormValues = {
  id: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  categoryId: string;
  priceYuan: string;
  stock: number;
  unit: (typeof PRODUCT_UNITS)[number];
  status: SellerProductStatus;
  imageIds: string[];
  voiceNote: { id: string; durationMs: number } | null;
};
