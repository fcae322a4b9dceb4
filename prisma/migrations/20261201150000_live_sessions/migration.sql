-- CreateEnum
CREATE TYPE "LiveSessionStatus" AS ENUM ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED');

-- AlterTable
ALTER TABLE "CartItem" ADD COLUMN     "livePinId" TEXT;

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "livePinId" TEXT;

-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "status" "LiveSessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "streamKeyHash" TEXT NOT NULL,
    "coverImage" BYTEA,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "replayPath" TEXT,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "peakViewers" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveSessionProduct" (
    "sessionId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LiveSessionProduct_pkey" PRIMARY KEY ("sessionId","productId")
);

-- CreateTable
CREATE TABLE "LivePin" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "sessionPriceFen" INTEGER NOT NULL,
    "reservedQuantity" INTEGER NOT NULL,
    "soldQuantity" INTEGER NOT NULL DEFAULT 0,
    "perBuyerLimit" INTEGER,
    "pinnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3),
    "unpinnedAt" TIMESTAMP(3),
    "stockReturnedAt" TIMESTAMP(3),

    CONSTRAINT "LivePin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveChatMessage" (
    "id" TEXT NOT NULL,
    "seq" SERIAL NOT NULL,
    "sessionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "fromSeller" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveChatMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveMute" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveMute_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_streamKeyHash_key" ON "LiveSession"("streamKeyHash");

-- CreateIndex
CREATE INDEX "LiveSession_status_scheduledAt_idx" ON "LiveSession"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "LiveSession_shopId_scheduledAt_idx" ON "LiveSession"("shopId", "scheduledAt");

-- CreateIndex
CREATE INDEX "LivePin_sessionId_pinnedAt_idx" ON "LivePin"("sessionId", "pinnedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LiveChatMessage_seq_key" ON "LiveChatMessage"("seq");

-- CreateIndex
CREATE INDEX "LiveChatMessage_sessionId_seq_idx" ON "LiveChatMessage"("sessionId", "seq");

-- CreateIndex
CREATE INDEX "OrderItem_livePinId_idx" ON "OrderItem"("livePinId");

-- AddForeignKey
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_livePinId_fkey" FOREIGN KEY ("livePinId") REFERENCES "LivePin"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_livePinId_fkey" FOREIGN KEY ("livePinId") REFERENCES "LivePin"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSessionProduct" ADD CONSTRAINT "LiveSessionProduct_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSessionProduct" ADD CONSTRAINT "LiveSessionProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePin" ADD CONSTRAINT "LivePin_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePin" ADD CONSTRAINT "LivePin_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveChatMessage" ADD CONSTRAINT "LiveChatMessage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveChatMessage" ADD CONSTRAINT "LiveChatMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveMute" ADD CONSTRAINT "LiveMute_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveMute" ADD CONSTRAINT "LiveMute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Money and stock rules the database keeps whatever the code does.
ALTER TABLE "LivePin" ADD CONSTRAINT "LivePin_session_price_positive" CHECK ("sessionPriceFen" > 0);
ALTER TABLE "LivePin" ADD CONSTRAINT "LivePin_sold_within_reserved"
  CHECK ("reservedQuantity" >= 0 AND "soldQuantity" >= 0 AND "soldQuantity" <= "reservedQuantity");
ALTER TABLE "LivePin" ADD CONSTRAINT "LivePin_per_buyer_limit_positive" CHECK ("perBuyerLimit" IS NULL OR "perBuyerLimit" >= 1);
ALTER TABLE "LiveChatMessage" ADD CONSTRAINT "LiveChatMessage_text_length" CHECK (char_length("text") BETWEEN 1 AND 200);

-- One pinned product at a time per session, and one live show at a time per shop.
CREATE UNIQUE INDEX "LivePin_one_pinned_per_session" ON "LivePin"("sessionId") WHERE "unpinnedAt" IS NULL;
CREATE UNIQUE INDEX "LiveSession_one_live_per_shop" ON "LiveSession"("shopId") WHERE "status" = 'LIVE';
