-- CreateTable
CREATE TABLE "ShopStatusChange" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "fromStatus" "ShopStatus",
    "toStatus" "ShopStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" TEXT,

    CONSTRAINT "ShopStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdIncome" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "perPersonFen" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HouseholdIncome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomeLine" (
    "id" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "perPersonFen" INTEGER NOT NULL,

    CONSTRAINT "IncomeLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShopStatusChange_shopId_at_idx" ON "ShopStatusChange"("shopId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdIncome_householdId_year_key" ON "HouseholdIncome"("householdId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "IncomeLine_villageId_year_key" ON "IncomeLine"("villageId", "year");

-- CreateIndex
CREATE INDEX "ShopOrder_shopId_paidAt_idx" ON "ShopOrder"("shopId", "paidAt");

-- CreateIndex
CREATE INDEX "ShopOrder_shippedAt_courier_paidAt_shopId_idx" ON "ShopOrder"("shippedAt", "courier", "paidAt", "shopId");

-- AddForeignKey
ALTER TABLE "ShopStatusChange" ADD CONSTRAINT "ShopStatusChange_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopStatusChange" ADD CONSTRAINT "ShopStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdIncome" ADD CONSTRAINT "HouseholdIncome_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomeLine" ADD CONSTRAINT "IncomeLine_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A status never "changes" to itself; incomes and lines are amounts of fen; years are calendar years.
ALTER TABLE "ShopStatusChange" ADD CONSTRAINT "ShopStatusChange_changes_check"
  CHECK ("fromStatus" IS NULL OR "fromStatus" <> "toStatus");
ALTER TABLE "HouseholdIncome" ADD CONSTRAINT "HouseholdIncome_perPersonFen_check" CHECK ("perPersonFen" >= 0);
ALTER TABLE "HouseholdIncome" ADD CONSTRAINT "HouseholdIncome_year_check" CHECK ("year" BETWEEN 1990 AND 2100);
ALTER TABLE "IncomeLine" ADD CONSTRAINT "IncomeLine_perPersonFen_check" CHECK ("perPersonFen" > 0);
ALTER TABLE "IncomeLine" ADD CONSTRAINT "IncomeLine_year_check" CHECK ("year" BETWEEN 1990 AND 2100);

-- Back-fill: one row per existing shop, its current status since the best date we have. An open
-- shop has been open since its approval; a pending shop waits since it signed up. When a suspended
-- shop was open is unknown, so it counts as closed since it was created: a past period may then count
-- fewer active shops than it had, never more.
INSERT INTO "ShopStatusChange" ("id", "shopId", "fromStatus", "toStatus", "at", "byUserId")
SELECT 'backfill-' || s."id",
       s."id",
       NULL,
       s."status",
       CASE WHEN s."status" = 'ACTIVE' THEN COALESCE(s."approvedAt", s."createdAt") ELSE s."createdAt" END,
       NULL
FROM "Shop" s;
