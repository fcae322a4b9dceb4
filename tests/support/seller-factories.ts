// Builders for the seller tests: real image bytes made with sharp, a filled product form, paid parcels.
import sharp from "sharp";
import { db } from "@/lib/db/client";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { createOrder } from "./admin-factories";
import { createCategory, createProduct, createShop, createUser } from "./factories";

type ImageOptions = { width?: number; height?: number; format?: "jpeg" | "png" | "webp"; exif?: boolean };

/** A photo as a phone would send it; with `exif`, it carries an orientation and a GPS position. */
export async function photoBytes({
  width = 64,
  height = 48,
  format = "jpeg",
  exif = false,
}: ImageOptions = {}) {
  let image = sharp({
    create: { width, height, channels: 3, background: { r: 26, g: 163, b: 154 } },
  }).toFormat(format);
  if (exif) {
    // Orientation 6: the camera was turned, so the stored pixels lie on their side.
    image = image.withMetadata({ orientation: 6 }).withExifMerge({
      IFD0: { Make: "VillagePhone", Model: "X1" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "32/1 50/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "110/1 25/1 0/1",
      },
    });
  }
  return image.toBuffer();
}

export function fileOf(bytes: Uint8Array, name = "photo.jpg", type = "image/jpeg"): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

export async function photoFile(options: ImageOptions = {}) {
  return fileOf(
    await photoBytes(options),
    `photo.${options.format ?? "jpeg"}`,
    `image/${options.format ?? "jpeg"}`,
  );
}

/** What the product form sends when every field is right. */
export async function productForm(categoryId: string, overrides: Record<string, unknown> = {}) {
  return {
    titleZh: "绿松石手链",
    titleEn: "Turquoise bracelet",
    descriptionZh: "手工打磨",
    descriptionEn: "Hand polished",
    categoryId,
    priceYuan: "12.30",
    stock: "5",
    unit: "PIECE",
    status: "ACTIVE",
    photos: [await photoFile()],
    ...overrides,
  };
}

/** A seller with a shop (active unless said otherwise) and a category to list in. */
export async function sellerWithShop(status: "ACTIVE" | "PENDING" | "SUSPENDED" = "ACTIVE") {
  const { shop, owner } = await createShop({ status });
  const category = await createCategory("CRAFTS");
  return { shop, seller: owner, category };
}

/** A buyer's parcel from `shopId` in the given status, paid at `paidAt` (a checkout's other rows too). */
export async function parcelFor(
  shopId: string,
  options: { status?: ShopOrderStatus; paidAt?: Date | null; unitPriceFen?: number; quantity?: number } = {},
) {
  const buyer = await createUser("BUYER");
  const product = await createProduct(shopId);
  const status = options.status ?? "PAID";
  const paidAt =
    options.paidAt === undefined ? (status === "PENDING_PAYMENT" ? null : new Date()) : options.paidAt;
  const order = await createOrder(buyer.id, paidAt, [
    {
      shopId,
      status,
      items: [
        {
          productId: product.id,
          unitPriceFen: options.unitPriceFen ?? 5_000,
          quantity: options.quantity ?? 2,
        },
      ],
    },
  ]);
  const parcel = await db.shopOrder.findFirstOrThrow({ where: { orderId: order.id, shopId } });
  return { parcel, buyer, product, order };
}
