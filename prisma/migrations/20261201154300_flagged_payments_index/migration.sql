-- /admin/money lists the period's flagged payments (lib/village/money.ts). Without an index for them
-- it read a year of payments (1.2 million at the 2019 scale, 90 ms) to find the handful with a flag;
-- this partial index holds only those, so it stays tiny and the list costs what it shows.
CREATE INDEX "Payment_flagged_createdAt_idx" ON "Payment"("createdAt") WHERE "flag" IS NOT NULL;
