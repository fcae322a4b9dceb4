-- Courier rollups: the courier board (lib/village/couriers.ts) from per-village sums instead of a
-- month of raw shipments. A median does not add up, so what is kept is a histogram: per village,
-- Beijing day (and month) of shipment, courier and whole hours from payment to shipment (rounded to
-- the nearest hour), the number of parcels. The median of a month, per courier or for all, is read
-- exactly from the bucket counts, to the hour.
--
-- A parcel counts once it has a courier, a paidAt and a shippedAt, whatever its status since (a
-- parcel refunded after it was shipped was still shipped). Kept by the same statement triggers on
-- ShopOrder as the sales rollups, in the same transaction as every write, paused with them during a
-- bulk load (xiaying.sales_rollups = off) and rebuilt with them by rebuild_sales_rollups().
--
-- Rows are per village, not per shop (per shop they would be nearly as many as the parcels): two
-- sellers shipping with the same courier in the same hour bucket of the same day queue on that row
-- until the first commits; shipping is one short statement, so the wait is that statement's.

CREATE TABLE "CourierDayShipments" (
    "villageId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "courier" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "parcels" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CourierDayShipments_pkey" PRIMARY KEY ("villageId", "day", "courier", "hours")
);

CREATE TABLE "CourierMonthShipments" (
    "villageId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "courier" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "parcels" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CourierMonthShipments_pkey" PRIMARY KEY ("villageId", "month", "courier", "hours")
);

-- The Beijing day a parcel was shipped, when it counts on the board; the SQL twin of the oracle's
-- definition (tests/support/rollup-oracle.ts).
CREATE FUNCTION courier_rollup_day(courier TEXT, paid_at TIMESTAMP(3), shipped_at TIMESTAMP(3)) RETURNS DATE
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN courier IS NOT NULL AND paid_at IS NOT NULL AND shipped_at IS NOT NULL
                THEN (shipped_at + interval '8 hours')::date END
$$;

-- Hours from payment to shipment, to the nearest whole hour (half an hour rounds up).
CREATE FUNCTION courier_rollup_hours(paid_at TIMESTAMP(3), shipped_at TIMESTAMP(3)) RETURNS INTEGER
LANGUAGE sql IMMUTABLE AS $$
    SELECT floor(EXTRACT(EPOCH FROM (shipped_at - paid_at)) / 3600 + 0.5)::int
$$;

-- One statement's parcels leave their old bucket and enter their new one; unchanged ones cancel out
-- and write nothing (paying, delivering and refunding never touch these rows). Month rows first,
-- then day rows, each in key order, in every writer: no two transactions deadlock on them.
CREATE FUNCTION courier_rollup_deltas(old_arr "ShopOrder"[], new_arr "ShopOrder"[])
RETURNS TABLE ("villageId" TEXT, day DATE, courier TEXT, hours INTEGER, parcels INTEGER)
LANGUAGE sql STABLE AS $$
    SELECT d."villageId", d.day, d.courier, d.hours, SUM(d.sign)::int
    FROM (
        SELECT s."villageId", courier_rollup_day(so."courier", so."paidAt", so."shippedAt") AS day, so."courier",
               courier_rollup_hours(so."paidAt", so."shippedAt") AS hours, -1 AS sign
        FROM unnest(old_arr) so JOIN "Shop" s ON s."id" = so."shopId"
        UNION ALL
        SELECT s."villageId", courier_rollup_day(so."courier", so."paidAt", so."shippedAt"), so."courier",
               courier_rollup_hours(so."paidAt", so."shippedAt"), 1
        FROM unnest(new_arr) so JOIN "Shop" s ON s."id" = so."shopId"
    ) d
    WHERE d.day IS NOT NULL
    GROUP BY 1, 2, 3, 4
    HAVING SUM(d.sign) <> 0
$$;

CREATE FUNCTION courier_rollup_changes(old_arr "ShopOrder"[], new_arr "ShopOrder"[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO "CourierMonthShipments" AS t ("villageId", "month", "courier", "hours", "parcels")
    SELECT "villageId", date_trunc('month', day)::date, courier, hours, SUM(parcels)
    FROM courier_rollup_deltas(old_arr, new_arr)
    GROUP BY 1, 2, 3, 4
    HAVING SUM(parcels) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("villageId", "month", "courier", "hours") DO UPDATE SET "parcels" = t."parcels" + EXCLUDED."parcels";
    INSERT INTO "CourierDayShipments" AS t ("villageId", "day", "courier", "hours", "parcels")
    SELECT "villageId", day, courier, hours, parcels
    FROM courier_rollup_deltas(old_arr, new_arr)
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("villageId", "day", "courier", "hours") DO UPDATE SET "parcels" = t."parcels" + EXCLUDED."parcels";
$$;

-- The same statement trigger as before, now feeding both rollups from one copy of the transition
-- tables: the sales rollups first, then the couriers' (the lock order of every writer).
CREATE OR REPLACE FUNCTION sales_rollup_shop_order_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_arr "ShopOrder"[] := '{}';
    new_arr "ShopOrder"[] := '{}';
BEGIN
    IF sales_rollups_paused() THEN RETURN NULL; END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN old_arr := ARRAY(SELECT o::"ShopOrder" FROM old_rows o); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN new_arr := ARRAY(SELECT n::"ShopOrder" FROM new_rows n); END IF;
    PERFORM sales_rollup_shop_order_changes(old_arr, new_arr);
    PERFORM courier_rollup_changes(old_arr, new_arr);
    RETURN NULL;
END $$;

-- Everything from scratch, as before, and the courier buckets after the sales rollups.
CREATE OR REPLACE FUNCTION rebuild_sales_rollups() RETURNS void LANGUAGE sql SET work_mem = '256MB' AS $$
    LOCK TABLE "ShopOrder", "OrderItem", "Product" IN SHARE MODE;
    DELETE FROM "ShopDaySales";
    DELETE FROM "ShopMonthSales";
    DELETE FROM "ShopMonthCategorySales";
    DELETE FROM "ShopDayCategorySales";
    INSERT INTO "ShopDaySales"
        ("shopId", "day", "villageId", "parcels", "orders", "grossFen", "refundsFen", "sellerSalesFen")
    SELECT "shopId", day, "villageId", COUNT(*), COUNT(*) FILTER (WHERE "shopId" = lead),
           SUM("subtotalFen"), SUM("refundedFen"), SUM(CASE WHEN "status" <> 'REFUNDED' THEN "subtotalFen" ELSE 0 END)
    FROM (
        SELECT so."shopId", s."villageId", so."status", so."subtotalFen", so."refundedFen",
               sales_rollup_day(so."status", so."paidAt") AS day,
               MIN(so."shopId") OVER (PARTITION BY so."orderId" COLLATE "C", s."villageId" COLLATE "C",
                                            sales_rollup_day(so."status", so."paidAt")) AS lead
        FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
        WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
    ) counted
    GROUP BY "shopId", day, "villageId"
    -- Written in day order, as the triggers write them, so a span of days (Double 11) is a few pages.
    ORDER BY "villageId", day;
    INSERT INTO "ShopMonthSales"
        ("shopId", "month", "villageId", "parcels", "orders", "grossFen", "refundsFen", "sellerSalesFen")
    SELECT "shopId", date_trunc('month', "day")::date, "villageId", SUM("parcels"), SUM("orders"),
           SUM("grossFen"), SUM("refundsFen"), SUM("sellerSalesFen")
    FROM "ShopDaySales"
    GROUP BY 1, 2, 3;
    INSERT INTO "ShopDayCategorySales" ("shopId", "day", "categoryId", "villageId", "lines", "netFen", "units")
    SELECT so."shopId", sales_rollup_day(so."status", so."paidAt"), p."categoryId", s."villageId",
           COUNT(*),
           SUM(oi."lineTotalFen" - oi."refundedQuantity" * oi."unitPriceFen"), SUM(oi."quantity" - oi."refundedQuantity")
    FROM "OrderItem" oi
    JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
    JOIN "Shop" s ON s."id" = so."shopId"
    JOIN "Product" p ON p."id" = oi."productId"
    WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
    GROUP BY 1, 2, 3, 4
    ORDER BY 4, 2;
    INSERT INTO "ShopMonthCategorySales" ("shopId", "month", "categoryId", "villageId", "lines", "netFen", "units")
    SELECT "shopId", date_trunc('month', "day")::date, "categoryId", "villageId", SUM("lines"), SUM("netFen"), SUM("units")
    FROM "ShopDayCategorySales"
    GROUP BY 1, 2, 3, 4;

    DELETE FROM "CourierDayShipments";
    DELETE FROM "CourierMonthShipments";
    INSERT INTO "CourierDayShipments" ("villageId", "day", "courier", "hours", "parcels")
    SELECT s."villageId", courier_rollup_day(so."courier", so."paidAt", so."shippedAt"), so."courier",
           courier_rollup_hours(so."paidAt", so."shippedAt"), COUNT(*)
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE courier_rollup_day(so."courier", so."paidAt", so."shippedAt") IS NOT NULL
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2;
    INSERT INTO "CourierMonthShipments" ("villageId", "month", "courier", "hours", "parcels")
    SELECT "villageId", date_trunc('month', "day")::date, "courier", "hours", SUM("parcels")
    FROM "CourierDayShipments"
    GROUP BY 1, 2, 3, 4;
$$;

-- The shipments already in the database when this migration runs.
SELECT rebuild_sales_rollups();
