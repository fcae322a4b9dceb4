-- CreateEnum
CREATE TYPE "CancelReason" AS ENUM ('BUYER', 'EXPIRED');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "PayoutStatus" AS ENUM ('ACCRUED', 'TRANSFERRED');

-- AlterEnum
ALTER TYPE "ShopOrderStatus" ADD VALUE 'REFUNDED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PaymentStatus" ADD VALUE 'EXPIRED';
ALTER TYPE "PaymentStatus" ADD VALUE 'REFUNDED';

-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "commissionBps" INTEGER NOT NULL DEFAULT 500;

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "payoutAccountId" TEXT,
ADD COLUMN     "payoutsEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "cancelReason" "CancelReason",
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "expiresAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ShopOrder" ADD COLUMN     "commissionFen" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "payoutFen" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refundedCommissionFen" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refundedFen" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "refundedQuantity" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "chargeRef" TEXT,
ADD COLUMN     "checkoutUrl" TEXT,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "flag" TEXT,
ADD COLUMN     "intentRef" TEXT,
ADD COLUMN     "receivedFen" INTEGER,
ADD COLUMN     "refundRef" TEXT,
ALTER COLUMN "providerRef" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "commissionFen" INTEGER NOT NULL,
    "payoutFen" INTEGER NOT NULL,
    "lines" JSONB NOT NULL,
    "requestedById" TEXT NOT NULL,
    "status" "RefundStatus" NOT NULL DEFAULT 'PENDING',
    "providerRef" TEXT,
    "reversalFen" INTEGER NOT NULL DEFAULT 0,
    "reversalRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payout" (
    "id" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "refundedFen" INTEGER NOT NULL DEFAULT 0,
    "status" "PayoutStatus" NOT NULL DEFAULT 'ACCRUED',
    "transferRef" TEXT,
    "transferredFen" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "transferredAt" TIMESTAMP(3),

    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_providerRef_key" ON "Refund"("providerRef");

-- CreateIndex
CREATE INDEX "Refund_shopOrderId_idx" ON "Refund"("shopOrderId");

-- CreateIndex
CREATE INDEX "Refund_status_createdAt_idx" ON "Refund"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payout_shopOrderId_key" ON "Payout"("shopOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "Payout_transferRef_key" ON "Payout"("transferRef");

-- CreateIndex
CREATE INDEX "Payout_shopId_status_createdAt_idx" ON "Payout"("shopId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Payout_status_createdAt_idx" ON "Payout"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shop_payoutAccountId_key" ON "Shop"("payoutAccountId");

-- CreateIndex
CREATE INDEX "Order_status_expiresAt_idx" ON "Order"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Payment_status_createdAt_idx" ON "Payment"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_orderId_attempt_key" ON "Payment"("orderId", "attempt");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Data: split the shop orders already there with the default 5%, by the one rounding rule the app
-- uses (splitFen in lib/money.ts: largest remainder, ties to the seller, i.e. commission rounded half down).
UPDATE "ShopOrder" SET
  "commissionFen" = ((2 * "subtotalFen"::bigint * 500 + 9999) / 20000)::integer,
  "payoutFen" = "subtotalFen" - ((2 * "subtotalFen"::bigint * 500 + 9999) / 20000)::integer;
-- Unpaid orders already waiting get the same 30 minutes as new ones, counted from checkout.
UPDATE "Order" SET "expiresAt" = "createdAt" + interval '30 minutes' WHERE "status" = 'PENDING_PAYMENT';

-- The money rules, kept by the database whatever the code does.
ALTER TABLE "Village" ADD CONSTRAINT "Village_commissionBps_range" CHECK ("commissionBps" BETWEEN 0 AND 10000);
ALTER TABLE "ShopOrder" ADD CONSTRAINT "ShopOrder_split_sums" CHECK ("commissionFen" >= 0 AND "payoutFen" >= 0 AND "commissionFen" + "payoutFen" = "subtotalFen");
ALTER TABLE "ShopOrder" ADD CONSTRAINT "ShopOrder_refund_bounded" CHECK ("refundedFen" BETWEEN 0 AND "subtotalFen" AND "refundedCommissionFen" BETWEEN 0 AND "commissionFen" AND "refundedCommissionFen" <= "refundedFen");
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_refund_bounded" CHECK ("refundedQuantity" BETWEEN 0 AND "quantity");
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amounts_sum" CHECK ("amountFen" > 0 AND "commissionFen" >= 0 AND "payoutFen" >= 0 AND "commissionFen" + "payoutFen" = "amountFen" AND "reversalFen" BETWEEN 0 AND "payoutFen");
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_amounts_bounded" CHECK ("amountFen" >= 0 AND "refundedFen" BETWEEN 0 AND "amountFen");
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_attempt_positive" CHECK ("attempt" >= 1);

-- At most one open payment per order, and at most one that took the order's money: two tabs paying
-- at once cannot both open a session, and two sessions cannot both pay the order.
CREATE UNIQUE INDEX "Payment_one_pending_per_order" ON "Payment"("orderId") WHERE "status" = 'PENDING';
CREATE UNIQUE INDEX "Payment_one_succeeded_per_order" ON "Payment"("orderId") WHERE "status" = 'SUCCEEDED';
