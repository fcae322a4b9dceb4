"use server";

import { redirect } from "next/navigation";
import type { ProductFormState } from "@/components/seller/product-form/types";
import { sessionUserId } from "@/lib/auth/session";
import { throttleAction } from "@/lib/security/request";
import { createSellerProduct } from "@/lib/seller/create-product";
import { productFormInput } from "@/lib/seller/form-input";
import { updateSellerProduct } from "@/lib/seller/update-product";

export async function createProductAction(
  _state: ProductFormState,
  formData: FormData,
): Promise<ProductFormState> {
  const userId = await sessionUserId();
  // Photos and voice notes are uploaded with the product form: each save is an upload.
  const throttled = await throttleAction("upload", userId);
  if (throttled) return throttled;
  const result = await createSellerProduct(userId, productFormInput(formData));
  if (!result.ok) return result;
  redirect(`/seller/products?saved=${result.data.productId}`);
}

export async function updateProductAction(
  _state: ProductFormState,
  formData: FormData,
): Promise<ProductFormState> {
  const userId = await sessionUserId();
  const throttled = await throttleAction("upload", userId);
  if (throttled) return throttled;
  const result = await updateSellerProduct(userId, productFormInput(formData));
  if (!result.ok) return result;
  redirect(`/seller/products?saved=${result.data.productId}`);
}
