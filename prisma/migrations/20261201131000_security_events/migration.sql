-- CreateEnum
CREATE TYPE "SecurityEventKind" AS ENUM ('SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'THROTTLED', 'ACTION_REFUSED', 'WEBHOOK_SIGNATURE_INVALID', 'CSP_VIOLATION', 'PASSWORD_CHANGED');

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "kind" "SecurityEventKind" NOT NULL,
    "userId" TEXT,
    "villageId" TEXT,
    "ip" TEXT,
    "scope" TEXT,
    "reason" TEXT,
    "retryAfterSeconds" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SecurityEvent_villageId_createdAt_idx" ON "SecurityEvent"("villageId", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_createdAt_idx" ON "SecurityEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_createdAt_idx" ON "SecurityEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "SecurityEvent" ADD CONSTRAINT "SecurityEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

