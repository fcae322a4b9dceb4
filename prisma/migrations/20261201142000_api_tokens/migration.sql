-- Personal API tokens for /api/v1: only a hash of the secret is stored.
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id"),
    -- A SHA-256 in hex, and at least one scope: a row that could never authenticate is refused.
    CONSTRAINT "ApiToken_secretHash_check" CHECK ("secretHash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "ApiToken_scopes_check" CHECK (cardinality("scopes") >= 1),
    CONSTRAINT "ApiToken_name_check" CHECK (char_length("name") BETWEEN 1 AND 60)
);

CREATE UNIQUE INDEX "ApiToken_secretHash_key" ON "ApiToken"("secretHash");

CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
