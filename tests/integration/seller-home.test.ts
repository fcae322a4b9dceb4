import { describe, expect, it } from "vitest";
import { getSellerHome } from "@/lib/seller/home";
import { beijing } from "../support/admin-factories";
import { createProduct, createUser } from "../support/factories";
import { parcelFor, sellerWithShop } from "../support/seller-factories";

describe("the seller home", () => {
  it("counts this shop's paid sales this month and this year (Beijing time), products and parcels to ship", async () => {
    const { shop, seller } = await sellerWithShop();
    const now = beijing("2025-03-15 12:00");
    const sale = (local: string, status: "PAID" | "SHIPPED" | "DELIVERED" | "CANCELLED", fen: number) =>
      parcelFor(shop.id, { status, paidAt: beijing(local), unitPriceFen: fen, quantity: 1 });

    await sale("2025-03-01 00:10", "PAID", 1_000); // month and year (00:10 Beijing is still 28 Feb in UTC)
    await sale("2025-03-14 20:00", "SHIPPED", 2_000); // month and year
    await sale("2025-03-02 09:00", "DELIVERED", 4_000); // month and year
    await sale("2025-01-05 09:00", "PAID", 8_000); // year only
    await sale("2025-02-28 23:59", "SHIPPED", 16_000); // year only
    await sale("2024-12-31 23:30", "PAID", 32_000); // last year
    await sale("2025-04-01 00:00", "PAID", 64_000); // next month (a clock set wrong), not this month
    await sale("2025-03-10 10:00", "CANCELLED", 128_000); // never a sale
    await parcelFor(shop.id, { status: "PENDING_PAYMENT", unitPriceFen: 256_000, quantity: 1 }); // unpaid
    const other = await sellerWithShop();
    await parcelFor(other.shop.id, {
      status: "PAID",
      paidAt: beijing("2025-03-05 10:00"),
      unitPriceFen: 512_000,
    });
    await createProduct(shop.id, { status: "DRAFT" });

    const home = await getSellerHome(seller.id, now);
    expect(home?.shop.id).toBe(shop.id);
    expect(home?.sales).toEqual({ monthFen: 7_000, yearFen: 7_000 + 8_000 + 16_000 + 64_000 });
    expect(home?.toShipCount).toBe(4);
    // Each of the nine parcels of this shop brought its own product, plus the hidden one.
    expect(home?.productCount).toBe(10);
  });

  it("is empty for a seller without a shop", async () => {
    const seller = await createUser("SELLER");
    expect(await getSellerHome(seller.id)).toBeNull();
  });
});
