"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { approveShop, reinstateShop, suspendShop } from "@/lib/shops/moderate";

type Move = typeof approveShop;

async function run(move: Move, formData: FormData): Promise<ActionResult> {
  const result = await move(await sessionUserId(), { shopId: formData.get("shopId") ?? undefined });
  if (result.ok) {
    revalidatePath("/admin/shops");
    revalidatePath("/admin");
  }
  return result;
}

export async function approveShopAction(_prev: ActionResult | null, formData: FormData) {
  return run(approveShop, formData);
}

export async function suspendShopAction(_prev: ActionResult | null, formData: FormData) {
  return run(suspendShop, formData);
}

export async function reinstateShopAction(_prev: ActionResult | null, formData: FormData) {
  return run(reinstateShop, formData);
}
