-- Sessions end on the server: every token carries the version it was issued under.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
