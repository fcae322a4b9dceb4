import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { idString } from "@/lib/validation/text";
import { postMessage } from "./post";

const openSchema = z
  .object({
    shopSlug: idString({ max: 80 }).optional(),
    productId: idString().optional(),
    orderId: idString().optional(),
  })
  .refine((value) => value.shopSlug || value.productId || value.orderId, { error: "shop_required" });

/**
 * A buyer opens (or returns to) their conversation with a shop, from the shop's page, a product or
 * an order; the product or order is attached as a card unless the conversation's last message is
 * already that card. Only an open shop, a visible product and the buyer's own order qualify.
 */
export async function openConversation(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ conversationId: string }>> {
  const loaded = await loadActor(userId, ["BUYER"]);
  if (!loaded.ok) return loaded;
  const parsed = openSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { shopSlug, productId, orderId } = parsed.data;
  const buyerId = loaded.actor.id;

  const product = productId
    ? await db.product.findFirst({
        where: { id: productId, ...visibleProduct },
        select: { id: true, shopId: true },
      })
    : null;
  if (productId && !product) return fail("not_found");
  const order = orderId
    ? await db.order.findFirst({
        where: { id: orderId, buyerId },
        select: { id: true, shopOrders: { select: { shopId: true } } },
      })
    : null;
  if (orderId && !order) return fail("not_found");

  const shop = await db.shop.findFirst({
    where: {
      status: "ACTIVE",
      ...(shopSlug ? { slug: shopSlug } : {}),
      ...(product ? { id: product.shopId } : {}),
      ...(order ? { id: { in: order.shopOrders.map((parcel) => parcel.shopId) } } : {}),
    },
    select: { id: true, ownerId: true },
  });
  if (!shop) return fail("not_found");

  const conversation = await db.conversation.upsert({
    where: { buyerId_shopId: { buyerId, shopId: shop.id } },
    create: { buyerId, shopId: shop.id },
    update: {},
    select: { id: true, blockedBy: true },
  });
  if ((product || order) && !conversation.blockedBy) {
    const last = await db.message.findFirst({
      where: { conversationId: conversation.id },
      orderBy: { seq: "desc" },
      select: { productId: true, orderId: true, kind: true },
    });
    const sameCard = product
      ? last?.kind === "PRODUCT" && last.productId === product.id
      : last?.kind === "ORDER" && last.orderId === order?.id;
    if (!sameCard) {
      await postMessage(
        { id: conversation.id, buyerId, shopOwnerId: shop.ownerId },
        { side: "BUYER", userId: buyerId },
        product ? { kind: "PRODUCT", productId: product.id } : { kind: "ORDER", orderId: order?.id },
      );
    }
  }
  return { ok: true, data: { conversationId: conversation.id } };
}
