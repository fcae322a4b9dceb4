-- Village rollups: the village's totals, months, Double 11 days and categories summed per village
-- instead of per shop, so the admin page and the export read a few dozen rows whatever the number of
-- shops (500 shops × 12 months was 6,000 rows per figure at the 2019 scale). The same sums as the
-- shop rollups (…_sales_rollups), kept by the same functions in the same transaction as every write.
--
-- The top shops and the export's shop list read a rolling twelve-month rollup per shop instead:
-- ShopTwelveMonthSales holds, per shop and month M, the sums of the twelve months ending with M, so a
-- calendar year (M = December) and the last twelve months (M = this month) are one row per shop that
-- sold, read in key order. A shop's write adds its delta to the twelve rows of the months from its
-- own to eleven after; those rows are the shop's, behind its month row in the lock order, so they
-- never make two shops wait for each other.
--
-- Each village's sums are spread over 16 stripe rows by a hash of the shop id, so payments of
-- different shops rarely wait on one row (1 in 16 pairs shares a stripe, and then only until the
-- first commits); a figure is the sum of its stripes. Lock order, the same in every writer: a shop's
-- rows first (as before), then the village stripe's month row, then its day row, then its category
-- rows; the category writer locks the stripe's month row before its category rows, as it locks the
-- shop's, so a refund (items first) and a payment (parcel first) of two shops of one stripe queue on
-- that month row instead of deadlocking.

CREATE TABLE "VillageMonthSales" (
    "villageId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "stripe" SMALLINT NOT NULL,
    "parcels" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "grossFen" BIGINT NOT NULL DEFAULT 0,
    "refundsFen" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "VillageMonthSales_pkey" PRIMARY KEY ("villageId", "month", "stripe")
);

CREATE TABLE "VillageDaySales" (
    "villageId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "stripe" SMALLINT NOT NULL,
    "parcels" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "grossFen" BIGINT NOT NULL DEFAULT 0,
    "refundsFen" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "VillageDaySales_pkey" PRIMARY KEY ("villageId", "day", "stripe")
);

CREATE TABLE "ShopTwelveMonthSales" (
    "villageId" TEXT NOT NULL,
    -- The last of the twelve months (its first day).
    "lastMonth" DATE NOT NULL,
    "shopId" TEXT NOT NULL,
    "parcels" INTEGER NOT NULL DEFAULT 0,
    "grossFen" BIGINT NOT NULL DEFAULT 0,
    "refundsFen" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ShopTwelveMonthSales_pkey" PRIMARY KEY ("villageId", "lastMonth", "shopId")
);

CREATE TABLE "VillageMonthCategorySales" (
    "villageId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "categoryId" TEXT NOT NULL,
    "stripe" SMALLINT NOT NULL,
    "lines" INTEGER NOT NULL DEFAULT 0,
    "netFen" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "VillageMonthCategorySales_pkey" PRIMARY KEY ("villageId", "month", "categoryId", "stripe")
);

-- A shop's stripe (0–15). Only where the locks fall depends on it, never a figure.
CREATE FUNCTION sales_rollup_stripe(shop_id TEXT) RETURNS SMALLINT LANGUAGE sql IMMUTABLE AS $$
    SELECT (hashtext(shop_id) & 15)::smallint
$$;

CREATE OR REPLACE FUNCTION sales_rollup_apply(deltas sales_rollup_delta[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "ShopMonthSales" AS t
        ("shopId", "month", "villageId", "parcels", "orders", "grossFen", "refundsFen", "sellerSalesFen")
    SELECT shop_id, date_trunc('month', day)::date, village_id,
           SUM(parcels), SUM(orders), SUM(gross_fen), SUM(refunds_fen), SUM(seller_sales_fen)
    FROM unnest(deltas)
    GROUP BY shop_id, date_trunc('month', day)::date, village_id
    HAVING SUM(parcels) <> 0 OR SUM(orders) <> 0 OR SUM(gross_fen) <> 0 OR SUM(refunds_fen) <> 0
        OR SUM(seller_sales_fen) <> 0
    ORDER BY 1, 2
    ON CONFLICT ("shopId", "month") DO UPDATE SET
        "parcels" = t."parcels" + EXCLUDED."parcels",
        "orders" = t."orders" + EXCLUDED."orders",
        "grossFen" = t."grossFen" + EXCLUDED."grossFen",
        "refundsFen" = t."refundsFen" + EXCLUDED."refundsFen",
        "sellerSalesFen" = t."sellerSalesFen" + EXCLUDED."sellerSalesFen";
    INSERT INTO "ShopDaySales" AS t
        ("shopId", "day", "villageId", "parcels", "orders", "grossFen", "refundsFen", "sellerSalesFen")
    SELECT shop_id, day, village_id, SUM(parcels), SUM(orders), SUM(gross_fen), SUM(refunds_fen), SUM(seller_sales_fen)
    FROM unnest(deltas)
    GROUP BY shop_id, day, village_id
    HAVING SUM(parcels) <> 0 OR SUM(orders) <> 0 OR SUM(gross_fen) <> 0 OR SUM(refunds_fen) <> 0
        OR SUM(seller_sales_fen) <> 0
    ORDER BY shop_id, day
    ON CONFLICT ("shopId", "day") DO UPDATE SET
        "parcels" = t."parcels" + EXCLUDED."parcels",
        "orders" = t."orders" + EXCLUDED."orders",
        "grossFen" = t."grossFen" + EXCLUDED."grossFen",
        "refundsFen" = t."refundsFen" + EXCLUDED."refundsFen",
        "sellerSalesFen" = t."sellerSalesFen" + EXCLUDED."sellerSalesFen";
    INSERT INTO "ShopTwelveMonthSales" AS t ("villageId", "lastMonth", "shopId", "parcels", "grossFen", "refundsFen")
    SELECT village_id, (date_trunc('month', day) + make_interval(months => k))::date, shop_id,
           SUM(parcels), SUM(gross_fen), SUM(refunds_fen)
    FROM unnest(deltas) CROSS JOIN generate_series(0, 11) k
    GROUP BY 1, 2, 3
    HAVING SUM(parcels) <> 0 OR SUM(gross_fen) <> 0 OR SUM(refunds_fen) <> 0
    ORDER BY 3, 2
    ON CONFLICT ("villageId", "lastMonth", "shopId") DO UPDATE SET
        "parcels" = t."parcels" + EXCLUDED."parcels",
        "grossFen" = t."grossFen" + EXCLUDED."grossFen",
        "refundsFen" = t."refundsFen" + EXCLUDED."refundsFen";
    INSERT INTO "VillageMonthSales" AS t ("villageId", "month", "stripe", "parcels", "orders", "grossFen", "refundsFen")
    SELECT village_id, date_trunc('month', day)::date, sales_rollup_stripe(shop_id),
           SUM(parcels), SUM(orders), SUM(gross_fen), SUM(refunds_fen)
    FROM unnest(deltas)
    GROUP BY 1, 2, 3
    HAVING SUM(parcels) <> 0 OR SUM(orders) <> 0 OR SUM(gross_fen) <> 0 OR SUM(refunds_fen) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("villageId", "month", "stripe") DO UPDATE SET
        "parcels" = t."parcels" + EXCLUDED."parcels",
        "orders" = t."orders" + EXCLUDED."orders",
        "grossFen" = t."grossFen" + EXCLUDED."grossFen",
        "refundsFen" = t."refundsFen" + EXCLUDED."refundsFen";
    INSERT INTO "VillageDaySales" AS t ("villageId", "day", "stripe", "parcels", "orders", "grossFen", "refundsFen")
    SELECT village_id, day, sales_rollup_stripe(shop_id), SUM(parcels), SUM(orders), SUM(gross_fen), SUM(refunds_fen)
    FROM unnest(deltas)
    GROUP BY 1, 2, 3
    HAVING SUM(parcels) <> 0 OR SUM(orders) <> 0 OR SUM(gross_fen) <> 0 OR SUM(refunds_fen) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("villageId", "day", "stripe") DO UPDATE SET
        "parcels" = t."parcels" + EXCLUDED."parcels",
        "orders" = t."orders" + EXCLUDED."orders",
        "grossFen" = t."grossFen" + EXCLUDED."grossFen",
        "refundsFen" = t."refundsFen" + EXCLUDED."refundsFen";
$$;

CREATE OR REPLACE FUNCTION sales_rollup_apply_categories(deltas sales_rollup_category_delta[]) RETURNS void LANGUAGE sql AS $$
    -- The shop's month rows first (see sales_rollup_apply): a refund locks them before its items.
    SELECT 1 FROM "ShopMonthSales"
    WHERE ("shopId", "month") IN (SELECT DISTINCT shop_id, date_trunc('month', day)::date FROM unnest(deltas))
    ORDER BY "shopId", "month"
    FOR UPDATE;
    -- Then the village stripes' month rows, before any category row of theirs.
    SELECT 1 FROM "VillageMonthSales"
    WHERE ("villageId", "month", "stripe") IN (
        SELECT DISTINCT village_id, date_trunc('month', day)::date, sales_rollup_stripe(shop_id) FROM unnest(deltas))
    ORDER BY "villageId", "month", "stripe"
    FOR UPDATE;
    INSERT INTO "ShopMonthCategorySales" AS t ("shopId", "month", "categoryId", "villageId", "lines", "netFen", "units")
    SELECT shop_id, date_trunc('month', day)::date, category_id, village_id, SUM(lines), SUM(net_fen), SUM(units)
    FROM unnest(deltas)
    GROUP BY shop_id, date_trunc('month', day)::date, category_id, village_id
    HAVING SUM(lines) <> 0 OR SUM(net_fen) <> 0 OR SUM(units) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("shopId", "month", "categoryId") DO UPDATE SET
        "lines" = t."lines" + EXCLUDED."lines",
        "netFen" = t."netFen" + EXCLUDED."netFen",
        "units" = t."units" + EXCLUDED."units";
    INSERT INTO "ShopDayCategorySales" AS t ("shopId", "day", "categoryId", "villageId", "lines", "netFen", "units")
    SELECT shop_id, day, category_id, village_id, SUM(lines), SUM(net_fen), SUM(units)
    FROM unnest(deltas)
    GROUP BY shop_id, day, category_id, village_id
    HAVING SUM(lines) <> 0 OR SUM(net_fen) <> 0 OR SUM(units) <> 0
    ORDER BY shop_id, day, category_id
    ON CONFLICT ("shopId", "day", "categoryId") DO UPDATE SET
        "lines" = t."lines" + EXCLUDED."lines",
        "netFen" = t."netFen" + EXCLUDED."netFen",
        "units" = t."units" + EXCLUDED."units";
    INSERT INTO "VillageMonthCategorySales" AS t ("villageId", "month", "categoryId", "stripe", "lines", "netFen", "units")
    SELECT village_id, date_trunc('month', day)::date, category_id, sales_rollup_stripe(shop_id),
           SUM(lines), SUM(net_fen), SUM(units)
    FROM unnest(deltas)
    GROUP BY 1, 2, 3, 4
    HAVING SUM(lines) <> 0 OR SUM(net_fen) <> 0 OR SUM(units) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("villageId", "month", "categoryId", "stripe") DO UPDATE SET
        "lines" = t."lines" + EXCLUDED."lines",
        "netFen" = t."netFen" + EXCLUDED."netFen",
        "units" = t."units" + EXCLUDED."units";
$$;

-- The village and twelve-month rows from the shop rows (which hold the same sums): for the rebuild and this migration.
-- Writers of orders wait (they would write shop rows this has read and village rows it replaces).
CREATE FUNCTION rebuild_village_rollups() RETURNS void LANGUAGE sql AS $$
    LOCK TABLE "ShopOrder", "OrderItem", "Product" IN SHARE MODE;
    DELETE FROM "VillageMonthSales";
    DELETE FROM "VillageDaySales";
    DELETE FROM "VillageMonthCategorySales";
    DELETE FROM "ShopTwelveMonthSales";
    INSERT INTO "ShopTwelveMonthSales" ("villageId", "lastMonth", "shopId", "parcels", "grossFen", "refundsFen")
    SELECT "villageId", ("month" + make_interval(months => k))::date, "shopId", SUM("parcels"), SUM("grossFen"), SUM("refundsFen")
    FROM "ShopMonthSales" CROSS JOIN generate_series(0, 11) k
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3;
    INSERT INTO "VillageMonthSales" ("villageId", "month", "stripe", "parcels", "orders", "grossFen", "refundsFen")
    SELECT "villageId", "month", sales_rollup_stripe("shopId"), SUM("parcels"), SUM("orders"), SUM("grossFen"), SUM("refundsFen")
    FROM "ShopMonthSales" GROUP BY 1, 2, 3;
    INSERT INTO "VillageDaySales" ("villageId", "day", "stripe", "parcels", "orders", "grossFen", "refundsFen")
    SELECT "villageId", "day", sales_rollup_stripe("shopId"), SUM("parcels"), SUM("orders"), SUM("grossFen"), SUM("refundsFen")
    FROM "ShopDaySales" GROUP BY 1, 2, 3;
    INSERT INTO "VillageMonthCategorySales" ("villageId", "month", "categoryId", "stripe", "lines", "netFen", "units")
    SELECT "villageId", "month", "categoryId", sales_rollup_stripe("shopId"), SUM("lines"), SUM("netFen"), SUM("units")
    FROM "ShopMonthCategorySales" GROUP BY 1, 2, 3, 4;
$$;

CREATE OR REPLACE FUNCTION rebuild_sales_rollups() RETURNS void LANGUAGE sql AS $$
    SELECT rebuild_shop_rollups();
    SELECT rebuild_village_rollups();
    DELETE FROM "VillageActiveCount";
$$;

-- The sales already in the shop rollups when this migration runs.
SELECT rebuild_village_rollups();
