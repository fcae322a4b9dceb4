import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { expireCatalog } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { processPhoto } from "@/lib/images/process";
import { idString, requiredText } from "@/lib/validation/text";
import { tagsForSessionChange } from "./cache-tags";
import { newStreamKey } from "./stream-key";

export const MAX_SESSION_PRODUCTS = 20;
const YEAR_MS = 366 * 24 * 3600 * 1000;

const scheduleSchema = z.object({
  // Optional for a seller who cannot type: the first product's name stands in.
  title: z.union([z.literal(""), requiredText(60)]).optional(),
  // From <input type="datetime-local"> with the browser's offset, or an ISO time.
  scheduledAt: z.coerce
    .date({ error: "invalid_time" })
    .refine((date) => !Number.isNaN(date.getTime()), { error: "invalid_time" })
    .refine((date) => date.getTime() > Date.now() - 3600_000, { error: "time_past" })
    .refine((date) => date.getTime() < Date.now() + YEAR_MS, { error: "time_too_far" }),
  productIds: z
    .array(idString())
    .min(1, { error: "products_required" })
    .max(MAX_SESSION_PRODUCTS, { error: "too_many_products" }),
  cover: z.instanceof(Blob).optional(),
});

export type ScheduledSession = { sessionId: string; streamKey: string };

/**
 * A seller schedules a show of her own active products. The stream key is returned once, here, to
 * be shown to her; only its hash is kept.
 */
export async function scheduleSession(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<ScheduledSession>> {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const shop = await db.shop.findUnique({ where: { ownerId: guard.actor.id }, select: { id: true } });
  if (!shop) return fail("no_shop");
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { scheduledAt, cover } = parsed.data;
  const productIds = [...new Set(parsed.data.productIds)];

  const owned = await db.product.findMany({
    where: { id: { in: productIds }, shopId: shop.id, status: "ACTIVE" },
    select: { id: true, titleZh: true },
  });
  if (owned.length !== productIds.length) return fail("invalid_input", { productIds: ["not_your_product"] });
  const title =
    parsed.data.title || (owned.find((product) => product.id === productIds[0])?.titleZh ?? "").slice(0, 60);

  let coverImage: Uint8Array<ArrayBuffer> | undefined;
  if (cover && cover.size > 0) {
    const photo = await processPhoto(cover);
    if (!photo.ok) return fail("invalid_input", { cover: [photo.error] });
    coverImage = photo.photo.data;
  }

  const { key, hash } = newStreamKey();
  const session = await db.liveSession.create({
    data: {
      shopId: shop.id,
      title,
      scheduledAt,
      streamKeyHash: hash,
      coverImage,
      products: { create: productIds.map((productId, sortOrder) => ({ productId, sortOrder })) },
    },
    select: { id: true, shopId: true },
  });
  await expireCatalog(tagsForSessionChange(session));
  return { ok: true, data: { sessionId: session.id, streamKey: key } };
}
