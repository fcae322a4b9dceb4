-- The active-shop rule (lib/village/active-shops.ts) probes each shop's last three months for up to
-- three parcels still sold (PAID, SHIPPED, DELIVERED). With the status in the index the probe is an
-- index-only scan: at the 2019 scale (500 shops, 1.7 million parcels) the count for the admin page and
-- the title pages fell from 48 to 14 ms, the heap pages of 1,500 scattered parcels no longer read.
DROP INDEX "ShopOrder_shopId_paidAt_idx";
CREATE INDEX "ShopOrder_shopId_paidAt_status_idx" ON "ShopOrder"("shopId", "paidAt", "status");

-- The courier board reads its rollups now (…_courier_rollups), not a month of shipments: the index it
-- read them from only cost every write and the 2019 load.
DROP INDEX "ShopOrder_shippedAt_courier_paidAt_shopId_idx";
