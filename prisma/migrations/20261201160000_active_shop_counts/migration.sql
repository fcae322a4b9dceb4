-- Active-shop counts per cut-off: the admin page, the CSV export, the API and the title and household
-- pages count the shops active at a cut-off by AliResearch's rule (lib/village/active-rule.ts), which
-- reads every shop's status history and last three months of parcels: 500 index probes at the 2019
-- scale, so the pages grew with the number of shops. The answer for one (village, cut-off) is kept
-- here once computed (lib/village/active-counts.ts fills it from the rule) and deleted, in the writer's
-- own transaction, by every write that changes it:
--
-- * a parcel starting or stopping to count as a sold order of its shop (paid, shipped or delivered;
--   refunded in full or cancelled stops it), paid inside the cut-off's three-month window, when it
--   moves that shop's count across the rule's cap of three (more never changes the answer: checked
--   per shop, below, so the ordinary payment of a busy shop leaves today's count in place);
-- * any status change of a shop of the village dated before the cut-off (past cut-offs too: a
--   status change is history);
-- * a shop moving village or owner, a seller moving household, a household's formerly-poor flag or
--   village changing (the households-selling counts).
--
-- Exact under concurrency: a fill holds the village's advisory lock (class 1) exclusively while it
-- computes and stores, and every writer above takes it shared before it looks for cached rows, so a
-- fill never reads a snapshot that misses a writer in flight, and a writer always sees a fill that
-- committed. Writers of one shop's parcels take that shop's advisory lock (class 2) exclusively before
-- they count its parcels, so two of them never both judge the count from the same old base. The
-- advisory locks come after the rollup row locks in every writer (the statement trigger runs this
-- last), and fills take no row lock, so no writer waits for a fill longer than one computation.
-- Paused with the sales rollups during a bulk load, and emptied by rebuild_sales_rollups().

CREATE TABLE "VillageActiveCount" (
    "villageId" TEXT NOT NULL,
    "cutoff" TIMESTAMP(3) NOT NULL,
    -- The first instant of the rule's three calendar months (Beijing) before the cut-off.
    "windowStart" TIMESTAMP(3) NOT NULL,
    "activeShops" INTEGER NOT NULL,
    "householdsSelling" INTEGER NOT NULL,
    "formerlyPoorSelling" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VillageActiveCount_pkey" PRIMARY KEY ("villageId", "cutoff"),
    CONSTRAINT "VillageActiveCount_window_check" CHECK ("windowStart" < "cutoff"),
    CONSTRAINT "VillageActiveCount_counts_check" CHECK (
        "activeShops" >= 0 AND "householdsSelling" BETWEEN 0 AND "activeShops"
        AND "formerlyPoorSelling" BETWEEN 0 AND "householdsSelling")
);

-- Taken shared by writers (in village id order), exclusively by a fill.
CREATE FUNCTION active_count_lock_villages(village_ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(1, hashtext(v))
    FROM (SELECT DISTINCT v FROM unnest(village_ids) v WHERE v IS NOT NULL ORDER BY 1) ids;
END $$;

-- Every cached count of these villages goes (the households behind them changed).
CREATE FUNCTION active_count_forget_villages(village_ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF sales_rollups_paused() OR cardinality(village_ids) = 0 THEN RETURN; END IF;
    PERFORM active_count_lock_villages(village_ids);
    DELETE FROM "VillageActiveCount" WHERE "villageId" = ANY(village_ids);
END $$;

-- The parcels of one statement whose contribution to their shop's sold orders changed, per shop and
-- paid time: a parcel counts while paid, shipped or delivered (the filter of activeShopsAt in
-- lib/village/active-shops.ts); shipping or delivering one cancels out.
CREATE FUNCTION active_count_changes(old_arr "ShopOrder"[], new_arr "ShopOrder"[])
RETURNS TABLE (village_id TEXT, shop_id TEXT, paid_at TIMESTAMP(3), delta INTEGER) LANGUAGE sql STABLE AS $$
    SELECT s."villageId", c."shopId", c."paidAt", SUM(c.sign)::int
    FROM (
        SELECT "shopId", "paidAt", -1 AS sign FROM unnest(old_arr)
        WHERE "status" IN ('PAID', 'SHIPPED', 'DELIVERED') AND "paidAt" IS NOT NULL
        UNION ALL
        SELECT "shopId", "paidAt", 1 FROM unnest(new_arr)
        WHERE "status" IN ('PAID', 'SHIPPED', 'DELIVERED') AND "paidAt" IS NOT NULL
    ) c JOIN "Shop" s ON s."id" = c."shopId"
    GROUP BY 1, 2, 3
    HAVING SUM(c.sign) <> 0
$$;

-- One statement on ShopOrder: for each cached cut-off whose window holds a changed parcel, the shop's
-- count now (capped just above what can matter) against its count before the statement; the cut-off
-- goes when the two, capped at the rule's three, differ. Each step is its own statement, so each one
-- reads after the locks before it were granted.
CREATE FUNCTION active_count_shop_order_changes(old_arr "ShopOrder"[], new_arr "ShopOrder"[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    villages TEXT[];
    shops TEXT[];
BEGIN
    SELECT array_agg(DISTINCT village_id) INTO villages FROM active_count_changes(old_arr, new_arr);
    IF villages IS NULL THEN RETURN; END IF;
    PERFORM active_count_lock_villages(villages);
    SELECT array_agg(DISTINCT ch.shop_id) INTO shops
    FROM active_count_changes(old_arr, new_arr) ch
    JOIN "VillageActiveCount" vc ON vc."villageId" = ch.village_id
        AND ch.paid_at >= vc."windowStart" AND ch.paid_at < vc."cutoff";
    IF shops IS NULL THEN RETURN; END IF;
    PERFORM pg_advisory_xact_lock(2, hashtext(x)) FROM (SELECT x FROM unnest(shops) x ORDER BY 1) ids;
    DELETE FROM "VillageActiveCount" vc
    USING (
        SELECT ch.village_id, w."cutoff", w."windowStart", ch.shop_id, SUM(ch.delta)::int AS delta
        FROM active_count_changes(old_arr, new_arr) ch
        JOIN "VillageActiveCount" w ON w."villageId" = ch.village_id
            AND ch.paid_at >= w."windowStart" AND ch.paid_at < w."cutoff"
        GROUP BY 1, 2, 3, 4
        HAVING SUM(ch.delta) <> 0
    ) d
    CROSS JOIN LATERAL (
        SELECT COUNT(*)::int AS n FROM (
            SELECT 1 FROM "ShopOrder" so
            WHERE so."shopId" = d.shop_id AND so."paidAt" >= d."windowStart" AND so."paidAt" < d."cutoff"
              AND so."status" IN ('PAID', 'SHIPPED', 'DELIVERED')
            LIMIT 3 + abs(d.delta)
        ) recent
    ) now_count
    WHERE vc."villageId" = d.village_id AND vc."cutoff" = d."cutoff"
      AND LEAST(now_count.n, 3) <> LEAST(now_count.n - d.delta, 3);
END $$;

-- Status changes (inserted, corrected or deleted) dated before a cut-off change its answer.
CREATE FUNCTION active_count_status_changes(old_arr "ShopStatusChange"[], new_arr "ShopStatusChange"[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    villages TEXT[];
BEGIN
    IF sales_rollups_paused() THEN RETURN; END IF;
    SELECT array_agg(DISTINCT s."villageId") INTO villages
    FROM (SELECT "shopId" FROM unnest(old_arr) UNION SELECT "shopId" FROM unnest(new_arr)) c
    JOIN "Shop" s ON s."id" = c."shopId";
    IF villages IS NULL THEN RETURN; END IF;
    PERFORM active_count_lock_villages(villages);
    DELETE FROM "VillageActiveCount" vc
    USING (
        SELECT s."villageId", MIN(c."at") AS "at"
        FROM (SELECT "shopId", "at" FROM unnest(old_arr) UNION ALL SELECT "shopId", "at" FROM unnest(new_arr)) c
        JOIN "Shop" s ON s."id" = c."shopId"
        GROUP BY 1
    ) st
    WHERE vc."villageId" = st."villageId" AND vc."cutoff" > st."at";
END $$;

CREATE FUNCTION active_count_status_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_arr "ShopStatusChange"[] := '{}';
    new_arr "ShopStatusChange"[] := '{}';
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN old_arr := ARRAY(SELECT o::"ShopStatusChange" FROM old_rows o); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN new_arr := ARRAY(SELECT n::"ShopStatusChange" FROM new_rows n); END IF;
    PERFORM active_count_status_changes(old_arr, new_arr);
    RETURN NULL;
END $$;

CREATE TRIGGER "ShopStatusChange_active_count_insert" AFTER INSERT ON "ShopStatusChange"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION active_count_status_trigger();
CREATE TRIGGER "ShopStatusChange_active_count_update" AFTER UPDATE ON "ShopStatusChange"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION active_count_status_trigger();
CREATE TRIGGER "ShopStatusChange_active_count_delete" AFTER DELETE ON "ShopStatusChange"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION active_count_status_trigger();

-- A shop moving village or owner, or deleted (its history goes with it, after the shop row).
CREATE FUNCTION active_count_shop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM active_count_forget_villages(ARRAY[OLD."villageId"]);
    ELSE
        PERFORM active_count_forget_villages(ARRAY[OLD."villageId", NEW."villageId"]);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "Shop_active_count_update" AFTER UPDATE OF "villageId", "ownerId" ON "Shop"
    FOR EACH ROW WHEN (OLD."villageId" IS DISTINCT FROM NEW."villageId" OR OLD."ownerId" IS DISTINCT FROM NEW."ownerId")
    EXECUTE FUNCTION active_count_shop_trigger();
CREATE TRIGGER "Shop_active_count_delete" AFTER DELETE ON "Shop"
    FOR EACH ROW EXECUTE FUNCTION active_count_shop_trigger();

-- A seller joining or leaving a household: the villages of their shops.
CREATE FUNCTION active_count_user_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM active_count_forget_villages(ARRAY(SELECT "villageId" FROM "Shop" WHERE "ownerId" = NEW."id"));
    RETURN NULL;
END $$;
CREATE TRIGGER "User_active_count_household" AFTER UPDATE OF "householdId" ON "User"
    FOR EACH ROW WHEN (OLD."householdId" IS DISTINCT FROM NEW."householdId")
    EXECUTE FUNCTION active_count_user_trigger();

-- A household flagged or unflagged as formerly poor, moved, or deleted.
CREATE FUNCTION active_count_household_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM active_count_forget_villages(ARRAY[OLD."villageId"]);
    ELSE
        PERFORM active_count_forget_villages(ARRAY[OLD."villageId", NEW."villageId"]);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "Household_active_count_update" AFTER UPDATE OF "formerlyPoor", "villageId" ON "Household"
    FOR EACH ROW WHEN (OLD."formerlyPoor" IS DISTINCT FROM NEW."formerlyPoor" OR OLD."villageId" IS DISTINCT FROM NEW."villageId")
    EXECUTE FUNCTION active_count_household_trigger();
CREATE TRIGGER "Household_active_count_delete" AFTER DELETE ON "Household"
    FOR EACH ROW EXECUTE FUNCTION active_count_household_trigger();

-- ShopOrder's statement trigger, as before, and the active counts last (after every rollup row lock).
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
    PERFORM active_count_shop_order_changes(old_arr, new_arr);
    RETURN NULL;
END $$;

-- A rebuild after a bulk load (which ran with every trigger here paused) starts the counts afresh:
-- the rollups' rebuild as it was, then no cached count left (each is computed again when first read).
ALTER FUNCTION rebuild_sales_rollups() RENAME TO rebuild_shop_rollups;
CREATE FUNCTION rebuild_sales_rollups() RETURNS void LANGUAGE sql AS $$
    SELECT rebuild_shop_rollups();
    DELETE FROM "VillageActiveCount";
$$;
