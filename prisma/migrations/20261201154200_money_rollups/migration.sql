-- Money rollups: the figures of /admin/money (lib/village/money.ts) from per-shop monthly sums
-- instead of a year of shop orders joined to their payouts and refunds (7 s at the 2019 scale). Per
-- shop and Beijing month of payment, over the counted shop orders (the sales rollups' rule,
-- sales_rollup_day), the sums moneyFigures took: commission less the part refunded; payouts sent less
-- the reversals made; payouts released and not sent; reversals not made yet; the shops' part of shop
-- orders with no payout yet. Net sales are the sales rollups' gross less refunds. Every period the
-- page offers is whole months, so there is no day table.
--
-- A shop order's part depends on its own row, its payout and its refunds, so statement triggers on
-- all three recompute the part of each shop order a statement touched before and after it, the other
-- two tables as they stand (one statement changes one table), and add the difference. Paused and
-- rebuilt with the sales rollups.
--
-- Lock order: a refund locks the shop order's payout row first (lib/payments/refunds.ts), so a refund
-- waiting for a transfer in progress holds no rollup row the transfer then needs.

CREATE TABLE "ShopMonthMoney" (
    "shopId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "villageId" TEXT NOT NULL,
    "commissionFen" BIGINT NOT NULL DEFAULT 0,
    "payoutsMadeFen" BIGINT NOT NULL DEFAULT 0,
    "payoutsOwedFen" BIGINT NOT NULL DEFAULT 0,
    "reversalsPendingFen" BIGINT NOT NULL DEFAULT 0,
    "notReleasedFen" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ShopMonthMoney_pkey" PRIMARY KEY ("shopId", "month")
);
CREATE INDEX "ShopMonthMoney_villageId_month_idx" ON "ShopMonthMoney"("villageId", "month");

CREATE TYPE money_rollup_delta AS (
    shop_id TEXT, month DATE,
    commission_fen BIGINT, made_fen BIGINT, owed_fen BIGINT, pending_fen BIGINT, not_released_fen BIGINT
);

-- One shop order's part of the figures, times sign; month NULL when it does not count. `p` is its
-- payout (a NULL row when it has none), `sent` and `pending` its reversals made and not made yet.
CREATE FUNCTION money_rollup_part(so "ShopOrder", p "Payout", sent BIGINT, pending BIGINT, sign INTEGER)
RETURNS money_rollup_delta LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(so."shopId", date_trunc('month', sales_rollup_day(so."status", so."paidAt"))::date,
               sign * (so."commissionFen" - so."refundedCommissionFen"),
               sign * CASE WHEN p."status" = 'TRANSFERRED'
                           THEN COALESCE(p."transferredFen", 0) - COALESCE(sent, 0) ELSE 0 END,
               sign * CASE WHEN p."status" = 'ACCRUED' THEN p."amountFen" - p."refundedFen" ELSE 0 END,
               sign * COALESCE(pending, 0),
               sign * CASE WHEN p."id" IS NULL
                           THEN so."payoutFen" - (so."refundedFen" - so."refundedCommissionFen") ELSE 0 END
              )::money_rollup_delta
$$;

-- Adds the parts up per shop and month, in key order; parts that cancel out write nothing.
CREATE FUNCTION money_rollup_apply(deltas money_rollup_delta[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "ShopMonthMoney" AS t ("shopId", "month", "villageId", "commissionFen", "payoutsMadeFen",
                                       "payoutsOwedFen", "reversalsPendingFen", "notReleasedFen")
    SELECT d.shop_id, d.month, s."villageId", SUM(d.commission_fen), SUM(d.made_fen), SUM(d.owed_fen),
           SUM(d.pending_fen), SUM(d.not_released_fen)
    FROM unnest(deltas) d JOIN "Shop" s ON s."id" = d.shop_id
    WHERE d.month IS NOT NULL
    GROUP BY 1, 2, 3
    HAVING SUM(d.commission_fen) <> 0 OR SUM(d.made_fen) <> 0 OR SUM(d.owed_fen) <> 0
        OR SUM(d.pending_fen) <> 0 OR SUM(d.not_released_fen) <> 0
    ORDER BY 1, 2
    ON CONFLICT ("shopId", "month") DO UPDATE SET
        "commissionFen" = t."commissionFen" + EXCLUDED."commissionFen",
        "payoutsMadeFen" = t."payoutsMadeFen" + EXCLUDED."payoutsMadeFen",
        "payoutsOwedFen" = t."payoutsOwedFen" + EXCLUDED."payoutsOwedFen",
        "reversalsPendingFen" = t."reversalsPendingFen" + EXCLUDED."reversalsPendingFen",
        "notReleasedFen" = t."notReleasedFen" + EXCLUDED."notReleasedFen";
$$;

-- The reversals of some shop orders as they stand: made (with the provider's reference) and not yet.
CREATE FUNCTION money_rollup_reversals(ids TEXT[])
RETURNS TABLE (shop_order_id TEXT, sent BIGINT, pending BIGINT) LANGUAGE sql STABLE AS $$
    SELECT r."shopOrderId",
           SUM(r."reversalFen") FILTER (WHERE r."reversalRef" IS NOT NULL),
           SUM(r."reversalFen") FILTER (WHERE r."reversalRef" IS NULL)
    FROM "Refund" r JOIN unnest(ids) i(id) ON i.id = r."shopOrderId"
    GROUP BY 1
$$;

-- A statement on ShopOrder: each row's part before and after, with its payout and reversals as they are.
CREATE FUNCTION money_rollup_shop_order_changes(old_arr "ShopOrder"[], new_arr "ShopOrder"[]) RETURNS void
LANGUAGE sql AS $$
    SELECT money_rollup_apply(ARRAY(
        WITH rv AS (
            SELECT * FROM money_rollup_reversals(ARRAY(
                SELECT "id" FROM unnest(old_arr) UNION SELECT "id" FROM unnest(new_arr)))
        )
        SELECT money_rollup_part(o, p, rv.sent, rv.pending, -1)
        FROM unnest(old_arr) o
        LEFT JOIN "Payout" p ON p."shopOrderId" = o."id"
        LEFT JOIN rv ON rv.shop_order_id = o."id"
        WHERE sales_rollup_day(o."status", o."paidAt") IS NOT NULL
        UNION ALL
        SELECT money_rollup_part(n, p, rv.sent, rv.pending, 1)
        FROM unnest(new_arr) n
        LEFT JOIN "Payout" p ON p."shopOrderId" = n."id"
        LEFT JOIN rv ON rv.shop_order_id = n."id"
        WHERE sales_rollup_day(n."status", n."paidAt") IS NOT NULL
    ));
$$;

-- A statement on Payout: each shop order's part with its payout before and after (unique per shop order).
CREATE FUNCTION money_rollup_payout_changes(old_arr "Payout"[], new_arr "Payout"[]) RETURNS void
LANGUAGE sql AS $$
    SELECT money_rollup_apply(ARRAY(
        WITH ids AS (
            SELECT "shopOrderId" AS id FROM unnest(old_arr) UNION SELECT "shopOrderId" FROM unnest(new_arr)
        ), rv AS (
            SELECT * FROM money_rollup_reversals(ARRAY(SELECT id FROM ids))
        )
        SELECT money_rollup_part(so, op, rv.sent, rv.pending, -1)
        FROM ids JOIN "ShopOrder" so ON so."id" = ids.id
        LEFT JOIN unnest(old_arr) op ON op."shopOrderId" = ids.id
        LEFT JOIN rv ON rv.shop_order_id = ids.id
        WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
        UNION ALL
        SELECT money_rollup_part(so, np, rv.sent, rv.pending, 1)
        FROM ids JOIN "ShopOrder" so ON so."id" = ids.id
        LEFT JOIN unnest(new_arr) np ON np."shopOrderId" = ids.id
        LEFT JOIN rv ON rv.shop_order_id = ids.id
        WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
    ));
$$;

-- A statement on Refund: each shop order's part with its reversals before (as they are, less the
-- statement's new rows, plus its old ones) and after.
CREATE FUNCTION money_rollup_refund_changes(old_arr "Refund"[], new_arr "Refund"[]) RETURNS void
LANGUAGE sql AS $$
    SELECT money_rollup_apply(ARRAY(
        WITH changed AS (
            SELECT "shopOrderId" AS id,
                   SUM(sign * CASE WHEN "reversalRef" IS NOT NULL THEN "reversalFen" ELSE 0 END) AS sent,
                   SUM(sign * CASE WHEN "reversalRef" IS NULL THEN "reversalFen" ELSE 0 END) AS pending
            FROM (
                SELECT "shopOrderId", "reversalRef", "reversalFen", 1 AS sign FROM unnest(new_arr)
                UNION ALL
                SELECT "shopOrderId", "reversalRef", "reversalFen", -1 FROM unnest(old_arr)
            ) c
            GROUP BY 1
        ), rv AS (
            SELECT * FROM money_rollup_reversals(ARRAY(SELECT id FROM changed))
        )
        SELECT money_rollup_part(so, p, COALESCE(rv.sent, 0) - c.sent, COALESCE(rv.pending, 0) - c.pending, -1)
        FROM changed c JOIN "ShopOrder" so ON so."id" = c.id
        LEFT JOIN "Payout" p ON p."shopOrderId" = c.id
        LEFT JOIN rv ON rv.shop_order_id = c.id
        WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
        UNION ALL
        SELECT money_rollup_part(so, p, rv.sent, rv.pending, 1)
        FROM changed c JOIN "ShopOrder" so ON so."id" = c.id
        LEFT JOIN "Payout" p ON p."shopOrderId" = c.id
        LEFT JOIN rv ON rv.shop_order_id = c.id
        WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
    ));
$$;

-- ShopOrder's statement trigger feeds all three rollups from one copy of the transition tables.
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
    PERFORM money_rollup_shop_order_changes(old_arr, new_arr);
    RETURN NULL;
END $$;

CREATE FUNCTION money_rollup_payout_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_arr "Payout"[] := '{}';
    new_arr "Payout"[] := '{}';
BEGIN
    IF sales_rollups_paused() THEN RETURN NULL; END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN old_arr := ARRAY(SELECT o::"Payout" FROM old_rows o); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN new_arr := ARRAY(SELECT n::"Payout" FROM new_rows n); END IF;
    PERFORM money_rollup_payout_changes(old_arr, new_arr);
    RETURN NULL;
END $$;

CREATE FUNCTION money_rollup_refund_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_arr "Refund"[] := '{}';
    new_arr "Refund"[] := '{}';
BEGIN
    IF sales_rollups_paused() THEN RETURN NULL; END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN old_arr := ARRAY(SELECT o::"Refund" FROM old_rows o); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN new_arr := ARRAY(SELECT n::"Refund" FROM new_rows n); END IF;
    PERFORM money_rollup_refund_changes(old_arr, new_arr);
    RETURN NULL;
END $$;

CREATE TRIGGER "Payout_money_rollup_insert" AFTER INSERT ON "Payout"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_payout_trigger();
CREATE TRIGGER "Payout_money_rollup_update" AFTER UPDATE ON "Payout"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_payout_trigger();
CREATE TRIGGER "Payout_money_rollup_delete" AFTER DELETE ON "Payout"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_payout_trigger();
CREATE TRIGGER "Refund_money_rollup_insert" AFTER INSERT ON "Refund"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_refund_trigger();
CREATE TRIGGER "Refund_money_rollup_update" AFTER UPDATE ON "Refund"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_refund_trigger();
CREATE TRIGGER "Refund_money_rollup_delete" AFTER DELETE ON "Refund"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_refund_trigger();

-- Everything from scratch, as before, and the money sums last.
CREATE OR REPLACE FUNCTION rebuild_sales_rollups() RETURNS void LANGUAGE sql SET work_mem = '256MB' AS $$
    LOCK TABLE "ShopOrder", "OrderItem", "Product", "Payout", "Refund" IN SHARE MODE;
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

    DELETE FROM "ShopMonthMoney";
    INSERT INTO "ShopMonthMoney" ("shopId", "month", "villageId", "commissionFen", "payoutsMadeFen",
                                  "payoutsOwedFen", "reversalsPendingFen", "notReleasedFen")
    SELECT so."shopId", date_trunc('month', sales_rollup_day(so."status", so."paidAt"))::date, s."villageId",
           SUM(so."commissionFen" - so."refundedCommissionFen"),
           COALESCE(SUM(CASE WHEN p."status" = 'TRANSFERRED'
             THEN COALESCE(p."transferredFen", 0) - COALESCE(rv."sent", 0) END), 0),
           COALESCE(SUM(CASE WHEN p."status" = 'ACCRUED' THEN p."amountFen" - p."refundedFen" END), 0),
           COALESCE(SUM(rv."pending"), 0),
           COALESCE(SUM(CASE WHEN p."id" IS NULL
             THEN so."payoutFen" - (so."refundedFen" - so."refundedCommissionFen") END), 0)
    FROM "ShopOrder" so
    JOIN "Shop" s ON s."id" = so."shopId"
    LEFT JOIN "Payout" p ON p."shopOrderId" = so."id"
    LEFT JOIN (
        SELECT "shopOrderId",
               SUM("reversalFen") FILTER (WHERE "reversalRef" IS NOT NULL) AS "sent",
               SUM("reversalFen") FILTER (WHERE "reversalRef" IS NULL) AS "pending"
        FROM "Refund" GROUP BY 1
    ) rv ON rv."shopOrderId" = so."id"
    WHERE sales_rollup_day(so."status", so."paidAt") IS NOT NULL
    GROUP BY 1, 2, 3;
$$;

-- The shop orders, payouts and refunds already in the database when this migration runs.
SELECT rebuild_sales_rollups();
