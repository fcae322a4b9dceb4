import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { scheduleSession } from "@/lib/live/sessions/schedule";
import { cancelSession, regenerateStreamKey } from "@/lib/live/sessions/seller-actions";
import { createProduct, createShop, createUser } from "../support/factories";
import { publishWith, scheduledShow, statusOf } from "../support/live-factories";
import { fileOf, photoFile } from "../support/seller-factories";

const inAnHour = () => new Date(Date.now() + 3600_000);

describe("a seller schedules a live show", () => {
  it("keeps only the key's hash, with her products in her order and the cover re-encoded", async () => {
    const { shop, owner } = await createShop();
    const [first, second] = [await createProduct(shop.id), await createProduct(shop.id)];
    const result = await scheduleSession(owner.id, {
      title: "新货上架",
      scheduledAt: inAnHour(),
      productIds: [second.id, first.id],
      cover: await photoFile({ width: 90, height: 160 }),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.streamKey.length).toBeGreaterThanOrEqual(32);
    const stored = await db.liveSession.findUniqueOrThrow({
      where: { id: result.data.sessionId },
      include: { products: { orderBy: { sortOrder: "asc" } } },
    });
    expect(stored.streamKeyHash).not.toContain(result.data.streamKey);
    expect(stored.products.map((row) => row.productId)).toEqual([second.id, first.id]);
    // WebP: the bytes a phone sent (and their EXIF) are never kept.
    expect(
      Buffer.from(stored.coverImage ?? [])
        .subarray(8, 12)
        .toString(),
    ).toBe("WEBP");
    expect(stored.status).toBe("SCHEDULED");
  });

  it("refuses a buyer, another shop's products, and bad input, writing nothing", async () => {
    const { shop, owner } = await createShop();
    const mine = await createProduct(shop.id);
    const other = await createShop();
    const theirs = await createProduct(other.shop.id);
    const draft = await createProduct(shop.id, { status: "DRAFT" });
    const buyer = await createUser("BUYER");
    const good = { title: "show", scheduledAt: inAnHour(), productIds: [mine.id] };

    expect(await scheduleSession(buyer.id, good)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await scheduleSession(null, good)).toMatchObject({ ok: false, error: "not_signed_in" });
    for (const input of [
      { ...good, productIds: [theirs.id] },
      { ...good, productIds: [draft.id] },
      { ...good, productIds: [] },
      { ...good, title: "长".repeat(61) },
      { ...good, title: "a\u0000b" },
      { ...good, scheduledAt: "yesterday-ish" },
      { ...good, scheduledAt: new Date(Date.now() - 86_400_000) },
      { ...good, cover: fileOf(new TextEncoder().encode("not a photo"), "x.jpg") },
      "not an object",
    ]) {
      expect(await scheduleSession(owner.id, input)).toMatchObject({ ok: false, error: "invalid_input" });
    }
    expect(await db.liveSession.count({ where: { shopId: shop.id } })).toBe(0);
  });

  it("names a show without a title after its first product, for a seller who cannot type", async () => {
    const { shop, owner } = await createShop();
    const product = await createProduct(shop.id);
    const result = await scheduleSession(owner.id, {
      title: "",
      scheduledAt: inAnHour(),
      productIds: [product.id],
    });
    if (!result.ok) throw new Error(result.error);
    const stored = await db.liveSession.findUniqueOrThrow({ where: { id: result.data.sessionId } });
    expect(stored.title).toBe(product.titleZh);
  });
});

describe("a seller's key and cancel buttons", () => {
  it("a new key replaces the old one while scheduled", async () => {
    const show = await scheduledShow();
    const result = await regenerateStreamKey(show.owner.id, show.sessionId);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.streamKey).not.toBe(show.streamKey);
    expect((await publishWith(show.streamKey)).status).toBe(403);
    expect((await publishWith(result.data.streamKey)).status).toBe(302);
    // Live now: the key can no longer change.
    expect(await regenerateStreamKey(show.owner.id, show.sessionId)).toMatchObject({
      error: "not_scheduled",
    });
  });

  it("cancelling makes the key useless; a live show cannot be cancelled", async () => {
    const show = await scheduledShow();
    expect(await cancelSession(show.owner.id, show.sessionId)).toEqual({ ok: true });
    expect((await statusOf(show.sessionId)).status).toBe("CANCELLED");
    expect((await publishWith(show.streamKey)).status).toBe(409);

    const live = await scheduledShow();
    await publishWith(live.streamKey);
    expect(await cancelSession(live.owner.id, live.sessionId)).toMatchObject({ error: "not_scheduled" });
    expect((await statusOf(live.sessionId)).status).toBe("LIVE");
  });

  it("refuses another seller, a buyer and odd ids, changing nothing", async () => {
    const show = await scheduledShow();
    const otherSeller = (await createShop()).owner;
    const buyer = await createUser("BUYER");
    for (const action of [regenerateStreamKey, cancelSession]) {
      expect(await action(otherSeller.id, show.sessionId)).toMatchObject({ ok: false, error: "not_found" });
      expect(await action(buyer.id, show.sessionId)).toMatchObject({ ok: false, error: "forbidden" });
      expect(await action(show.owner.id, { id: 1 })).toMatchObject({ ok: false, error: "not_found" });
    }
    expect((await statusOf(show.sessionId)).status).toBe("SCHEDULED");
    expect((await publishWith(show.streamKey)).status).toBe(302);
  });
});
