-- CreateTable
CREATE TABLE "ProductVoiceNote" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "mimeType" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductVoiceNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProductVoiceNote_productId_key" ON "ProductVoiceNote"("productId");

-- AddForeignKey
ALTER TABLE "ProductVoiceNote" ADD CONSTRAINT "ProductVoiceNote_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A voice note lasts 1 to 120 seconds: the use case checks it, and so does the database.
ALTER TABLE "ProductVoiceNote" ADD CONSTRAINT "ProductVoiceNote_durationMs_check" CHECK ("durationMs" > 0 AND "durationMs" <= 120000);
