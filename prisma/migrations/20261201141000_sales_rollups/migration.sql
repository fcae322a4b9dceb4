-- Sales rollups: every village and seller figure is read from these instead of the raw order rows.
-- They hold, per shop and Beijing calendar day and month (and per category of those), the sums over
-- the shop's *counted* parcels: shop orders PAID, SHIPPED, DELIVERED or REFUNDED with a paidAt
-- (lib/village/scope.ts), each dated by the Beijing day of its paidAt. Statement-level triggers on
-- ShopOrder and OrderItem (and a row trigger on Product's category) keep them exact in the same
-- transaction as every write, whoever makes it; rebuild_sales_rollups() recomputes them from scratch
-- (after a bulk load, or to repair).
--
-- Rows are per shop, so concurrent payments of different shops never wait for each other; writes of
-- the same shop in the same month queue on that shop's month row until commit (see sales_rollup_apply).

CREATE TABLE "ShopDaySales" (
    "shopId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "villageId" TEXT NOT NULL,
    "parcels" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "grossFen" BIGINT NOT NULL DEFAULT 0,
    "refundsFen" BIGINT NOT NULL DEFAULT 0,
    "sellerSalesFen" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ShopDaySales_pkey" PRIMARY KEY ("shopId", "day")
);
CREATE INDEX "ShopDaySales_villageId_day_idx" ON "ShopDaySales"("villageId", "day");

CREATE TABLE "ShopMonthSales" (
    "shopId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "villageId" TEXT NOT NULL,
    "parcels" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "grossFen" BIGINT NOT NULL DEFAULT 0,
    "refundsFen" BIGINT NOT NULL DEFAULT 0,
    "sellerSalesFen" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ShopMonthSales_pkey" PRIMARY KEY ("shopId", "month")
);
CREATE INDEX "ShopMonthSales_villageId_month_idx" ON "ShopMonthSales"("villageId", "month");

CREATE TABLE "ShopMonthCategorySales" (
    "shopId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "categoryId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "lines" INTEGER NOT NULL DEFAULT 0,
    "netFen" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ShopMonthCategorySales_pkey" PRIMARY KEY ("shopId", "month", "categoryId")
);
CREATE INDEX "ShopMonthCategorySales_villageId_month_idx" ON "ShopMonthCategorySales"("villageId", "month");

CREATE TABLE "ShopDayCategorySales" (
    "shopId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "categoryId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "lines" INTEGER NOT NULL DEFAULT 0,
    "netFen" BIGINT NOT NULL DEFAULT 0,
    "units" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ShopDayCategorySales_pkey" PRIMARY KEY ("shopId", "day", "categoryId")
);
CREATE INDEX "ShopDayCategorySales_villageId_day_idx" ON "ShopDayCategorySales"("villageId", "day");

-- A change to the sums of one shop's day. "orders" moves with the order's lead parcel (below).
CREATE TYPE sales_rollup_delta AS (
    shop_id TEXT, village_id TEXT, day DATE,
    parcels INTEGER, orders INTEGER, gross_fen BIGINT, refunds_fen BIGINT, seller_sales_fen BIGINT
);
CREATE TYPE sales_rollup_category_delta AS (
    shop_id TEXT, village_id TEXT, day DATE, category_id TEXT, lines INTEGER, net_fen BIGINT, units BIGINT
);

-- Adds deltas to the month and day rows. Lock order, the same in every writer so that no two
-- transactions deadlock: a shop's month rows first (in key order), then its day rows, then its
-- category rows. Every write of a shop's figures thus queues on the (shop, month) row; payments of
-- different shops never wait for each other. Deltas that cancel out write nothing.
CREATE FUNCTION sales_rollup_apply(deltas sales_rollup_delta[]) RETURNS void LANGUAGE sql AS $$
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
$$;

CREATE FUNCTION sales_rollup_apply_categories(deltas sales_rollup_category_delta[]) RETURNS void LANGUAGE sql AS $$
    -- The shop's month rows first (see sales_rollup_apply): a refund locks them before its items.
    SELECT 1 FROM "ShopMonthSales"
    WHERE ("shopId", "month") IN (SELECT DISTINCT shop_id, date_trunc('month', day)::date FROM unnest(deltas))
    ORDER BY "shopId", "month"
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
$$;

-- Whether a shop order counts in the figures, and its Beijing day: the SQL twin of
-- paidShopOrderWhere in lib/village/scope.ts (the rollup test holds the two together).
CREATE FUNCTION sales_rollup_day(status "ShopOrderStatus", paid_at TIMESTAMP(3)) RETURNS DATE
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN status IN ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED') AND paid_at IS NOT NULL
                THEN (paid_at + interval '8 hours')::date END
$$;

-- The whole set of changes of one statement on ShopOrder: the parcels' own sums move from their old
-- (shop, day) to their new one; their items' category sums move when the parcel starts or stops
-- counting or changes month; and each order is counted once per village and day, on the row of its
-- "lead" parcel (the counted parcel with the smallest shop id), so summing shops gives distinct
-- checkouts. Leads are compared before and after the statement, which makes multi-row statements
-- (settle marks every parcel of an order paid at once) come out right.
CREATE FUNCTION sales_rollup_shop_order_changes(old_arr "ShopOrder"[], new_arr "ShopOrder"[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sales_rollup_apply(ARRAY(
        WITH o AS (
            SELECT so."id", so."orderId", so."shopId", s."villageId", sales_rollup_day(so."status", so."paidAt") AS day,
                   so."status", so."subtotalFen", so."refundedFen"
            FROM unnest(old_arr) so JOIN "Shop" s ON s."id" = so."shopId"
            WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
        ), n AS (
            SELECT so."id", so."orderId", so."shopId", s."villageId", sales_rollup_day(so."status", so."paidAt") AS day,
                   so."status", so."subtotalFen", so."refundedFen"
            FROM unnest(new_arr) so JOIN "Shop" s ON s."id" = so."shopId"
            WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
        ), groups AS (
            SELECT DISTINCT "orderId", "villageId", day FROM (
                SELECT "orderId", "villageId", day FROM o UNION ALL SELECT "orderId", "villageId", day FROM n
            ) g
        ), cur AS (
            SELECT so."id", so."orderId", so."shopId", s."villageId", sales_rollup_day(so."status", so."paidAt") AS day
            FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
            WHERE so."orderId" IN (SELECT "orderId" FROM groups)
              AND sales_rollup_day(so."status", so."paidAt") IS NOT NULL
        ), before AS (
            SELECT c."id", c."orderId", c."shopId", c."villageId", c.day FROM cur c
            WHERE NOT EXISTS (SELECT 1 FROM unnest(new_arr) x WHERE x."id" = c."id")
            UNION ALL
            SELECT "id", "orderId", "shopId", "villageId", day FROM o
        ), lead_before AS (
            SELECT "orderId", "villageId", day, MIN("shopId") AS lead FROM before GROUP BY 1, 2, 3
        ), lead_after AS (
            SELECT "orderId", "villageId", day, MIN("shopId") AS lead FROM cur GROUP BY 1, 2, 3
        ), leads AS (
            -- Joined, never a lookup per group: a bulk statement of thousands of parcels stays linear.
            SELECT g."villageId", g.day, lb.lead AS lead_before, la.lead AS lead_after
            FROM groups g
            LEFT JOIN lead_before lb USING ("orderId", "villageId", day)
            LEFT JOIN lead_after la USING ("orderId", "villageId", day)
        )
        SELECT ROW("shopId", "villageId", day, -1, 0, -"subtotalFen", -"refundedFen",
                   -CASE WHEN "status" <> 'REFUNDED' THEN "subtotalFen" ELSE 0 END)::sales_rollup_delta FROM o
        UNION ALL
        SELECT ROW("shopId", "villageId", day, 1, 0, "subtotalFen", "refundedFen",
                   CASE WHEN "status" <> 'REFUNDED' THEN "subtotalFen" ELSE 0 END)::sales_rollup_delta FROM n
        UNION ALL
        SELECT ROW(lead_before, "villageId", day, 0, -1, 0, 0, 0)::sales_rollup_delta FROM leads
        WHERE lead_before IS NOT NULL AND lead_before IS DISTINCT FROM lead_after
        UNION ALL
        SELECT ROW(lead_after, "villageId", day, 0, 1, 0, 0, 0)::sales_rollup_delta FROM leads
        WHERE lead_after IS NOT NULL AND lead_before IS DISTINCT FROM lead_after
    ));

    PERFORM sales_rollup_apply_categories(ARRAY(
        WITH o AS (
            SELECT so."id", so."shopId", s."villageId", sales_rollup_day(so."status", so."paidAt") AS day
            FROM unnest(old_arr) so JOIN "Shop" s ON s."id" = so."shopId"
            WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
        ), n AS (
            SELECT so."id", so."shopId", s."villageId", sales_rollup_day(so."status", so."paidAt") AS day
            FROM unnest(new_arr) so JOIN "Shop" s ON s."id" = so."shopId"
            WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
        ), moves AS (
            -- Only parcels whose (shop, village, day) key changed carry their items along; the items'
            -- own changes while the parcel counts are the OrderItem trigger's.
            SELECT o."id", o."shopId", o."villageId", o.day, -1 AS sign
            FROM o LEFT JOIN n ON n."id" = o."id"
            WHERE (o."shopId", o."villageId", o.day) IS DISTINCT FROM (n."shopId", n."villageId", n.day)
            UNION ALL
            SELECT n."id", n."shopId", n."villageId", n.day, 1 AS sign
            FROM n LEFT JOIN o ON o."id" = n."id"
            WHERE (o."shopId", o."villageId", o.day) IS DISTINCT FROM (n."shopId", n."villageId", n.day)
        )
        SELECT ROW(m."shopId", m."villageId", m.day, p."categoryId", m.sign,
                   m.sign * (oi."lineTotalFen" - oi."refundedQuantity" * oi."unitPriceFen")::bigint,
                   m.sign * (oi."quantity" - oi."refundedQuantity")::bigint)::sales_rollup_category_delta
        FROM moves m
        JOIN "OrderItem" oi ON oi."shopOrderId" = m."id"
        JOIN "Product" p ON p."id" = oi."productId"
    ));
END $$;

-- Item lines of counted parcels: their net amount and kept units by the product's current category.
CREATE FUNCTION sales_rollup_item_changes(old_arr "OrderItem"[], new_arr "OrderItem"[]) RETURNS void
LANGUAGE sql AS $$
    SELECT sales_rollup_apply_categories(ARRAY(
        SELECT ROW(so."shopId", s."villageId", sales_rollup_day(so."status", so."paidAt"),
                   p."categoryId", d.sign, d.sign * (d."lineTotalFen" - d."refundedQuantity" * d."unitPriceFen")::bigint,
                   d.sign * (d."quantity" - d."refundedQuantity")::bigint)::sales_rollup_category_delta
        FROM (
            SELECT x.*, -1 AS sign FROM unnest(old_arr) x
            UNION ALL
            SELECT x.*, 1 AS sign FROM unnest(new_arr) x
        ) d
        JOIN "ShopOrder" so ON so."id" = d."shopOrderId"
        JOIN "Shop" s ON s."id" = so."shopId"
        JOIN "Product" p ON p."id" = d."productId"
        WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
    ));
$$;

-- A product moved to another category takes its counted lines along (figures use the current one).
CREATE FUNCTION sales_rollup_product_changes(old_arr "Product"[], new_arr "Product"[]) RETURNS void
LANGUAGE sql AS $$
    SELECT sales_rollup_apply_categories(ARRAY(
        SELECT ROW(so."shopId", s."villageId", sales_rollup_day(so."status", so."paidAt"),
                   c.category_id, c.sign, c.sign * (oi."lineTotalFen" - oi."refundedQuantity" * oi."unitPriceFen")::bigint,
                   c.sign * (oi."quantity" - oi."refundedQuantity")::bigint)::sales_rollup_category_delta
        FROM unnest(old_arr) op
        JOIN unnest(new_arr) np ON np."id" = op."id" AND np."categoryId" IS DISTINCT FROM op."categoryId"
        CROSS JOIN LATERAL (VALUES (op."categoryId", -1), (np."categoryId", 1)) AS c(category_id, sign)
        JOIN "OrderItem" oi ON oi."productId" = op."id"
        JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
        JOIN "Shop" s ON s."id" = so."shopId"
        WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
    ));
$$;

-- A bulk load may switch the triggers off for its own transaction
-- (SELECT set_config('xiaying.sales_rollups', 'off', true)) and call rebuild_sales_rollups() after.
CREATE FUNCTION sales_rollups_paused() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT COALESCE(current_setting('xiaying.sales_rollups', true), '') = 'off'
$$;

CREATE FUNCTION sales_rollup_shop_order_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sales_rollups_paused() THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM sales_rollup_shop_order_changes('{}', ARRAY(SELECT n::"ShopOrder" FROM new_rows n));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM sales_rollup_shop_order_changes(ARRAY(SELECT o::"ShopOrder" FROM old_rows o),
                                                ARRAY(SELECT n::"ShopOrder" FROM new_rows n));
    ELSE
        PERFORM sales_rollup_shop_order_changes(ARRAY(SELECT o::"ShopOrder" FROM old_rows o), '{}');
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION sales_rollup_item_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sales_rollups_paused() THEN RETURN NULL; END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM sales_rollup_item_changes('{}', ARRAY(SELECT n::"OrderItem" FROM new_rows n));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM sales_rollup_item_changes(ARRAY(SELECT o::"OrderItem" FROM old_rows o),
                                          ARRAY(SELECT n::"OrderItem" FROM new_rows n));
    ELSE
        PERFORM sales_rollup_item_changes(ARRAY(SELECT o::"OrderItem" FROM old_rows o), '{}');
    END IF;
    RETURN NULL;
END $$;

-- Per row, and only when the category changed: stock updates at every checkout never call it.
CREATE FUNCTION sales_rollup_product_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sales_rollups_paused() THEN RETURN NULL; END IF;
    PERFORM sales_rollup_product_changes(ARRAY[OLD], ARRAY[NEW]);
    RETURN NULL;
END $$;

-- Transition tables allow one event per trigger, hence three each on the order tables.
CREATE TRIGGER "ShopOrder_sales_rollup_insert" AFTER INSERT ON "ShopOrder"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_shop_order_trigger();
CREATE TRIGGER "ShopOrder_sales_rollup_update" AFTER UPDATE ON "ShopOrder"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_shop_order_trigger();
CREATE TRIGGER "ShopOrder_sales_rollup_delete" AFTER DELETE ON "ShopOrder"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_shop_order_trigger();
CREATE TRIGGER "OrderItem_sales_rollup_insert" AFTER INSERT ON "OrderItem"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_item_trigger();
CREATE TRIGGER "OrderItem_sales_rollup_update" AFTER UPDATE ON "OrderItem"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_item_trigger();
CREATE TRIGGER "OrderItem_sales_rollup_delete" AFTER DELETE ON "OrderItem"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_item_trigger();
CREATE TRIGGER "Product_sales_rollup_update" AFTER UPDATE OF "categoryId" ON "Product"
    FOR EACH ROW WHEN (OLD."categoryId" IS DISTINCT FROM NEW."categoryId")
    EXECUTE FUNCTION sales_rollup_product_trigger();

-- Everything from scratch, in one transaction with the caller's: what the triggers would have built.
-- Writers of the order rows wait until it commits (they would otherwise change rows it has read, or
-- queue on rollup rows it is replacing and deadlock with it); readers of the figures never wait.
-- The sort by order (to find each checkout's lead parcel) is by bytes and in memory where it fits:
-- at 1.3 million shop orders a linguistic, on-disk sort took half again as long.
CREATE FUNCTION rebuild_sales_rollups() RETURNS void LANGUAGE sql SET work_mem = '256MB' AS $$
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
$$;

-- The orders already in the database when this migration runs.
SELECT rebuild_sales_rollups();
