import { describe, expect, it } from "vitest";
import { productMediaResponse } from "@/lib/catalog/media";
import { db } from "@/lib/db/client";
import type { ProductStatus, ShopStatus } from "@/lib/generated/prisma/client";
import { createProduct, createShop, createUser } from "../support/factories";

const PUBLIC_FOREVER = "public, max-age=31536000, immutable";
const OWNER_ONLY = "private, no-store";

async function productWithMedia(productStatus: ProductStatus, shopStatus: ShopStatus = "ACTIVE") {
  const { shop, owner } = await createShop({ status: shopStatus });
  const product = await createProduct(shop.id, { status: productStatus });
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const photo = await db.productImage.create({
    data: { productId: product.id, data: bytes, mimeType: "image/webp", width: 1, height: 1 },
  });
  const voice = await db.productVoiceNote.create({
    data: { productId: product.id, data: bytes, mimeType: "audio/webm", durationMs: 2000 },
  });
  return { owner, ids: { photo: photo.id, voice: voice.id } };
}

const as = (userId: string | null) => async () => userId;

describe.each(["photo", "voice"] as const)("a product's %s", (kind) => {
  it("is public and cached for ever while the product is visible", async () => {
    const { ids } = await productWithMedia("ACTIVE");
    const response = await productMediaResponse(kind, ids[kind], as(null));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe(PUBLIC_FOREVER);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it.each([
    ["a draft", "DRAFT", "ACTIVE"],
    ["an archived product", "ARCHIVED", "ACTIVE"],
    ["a suspended shop's product", "ACTIVE", "SUSPENDED"],
    ["a pending shop's product", "ACTIVE", "PENDING"],
  ] as const)(
    "of %s is a 404 to visitors and other users, never cached",
    async (_what, status, shopStatus) => {
      const { ids } = await productWithMedia(status, shopStatus);
      const stranger = await createUser("SELLER");
      for (const viewer of [null, stranger.id]) {
        const response = await productMediaResponse(kind, ids[kind], as(viewer));
        expect(response.status).toBe(404);
        expect(response.headers.get("Cache-Control")).toBe(OWNER_ONLY);
      }
    },
  );

  it("of a draft goes to its own seller, private and not stored", async () => {
    const { owner, ids } = await productWithMedia("DRAFT");
    const response = await productMediaResponse(kind, ids[kind], as(owner.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe(OWNER_ONLY);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("answers 404 to an unknown or malformed id", async () => {
    for (const id of ["doesnotexist", "../etc/passwd", ""]) {
      expect((await productMediaResponse(kind, id, as(null))).status).toBe(404);
    }
  });
});
