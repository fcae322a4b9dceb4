-- Search that understands Chinese and pinyin (lib/search). Both columns are computed in TypeScript
-- (pinyin-pro cannot run here), so this migration only adds them: rows it leaves with a NULL
-- "searchPinyin" are filled by `npm start` (scripts/search-backfill.ts) and the minutely sweep.

-- Trigram index for the pinyin column. Trusted since PostgreSQL 13 (no superuser needed); the Debian
-- postgresql-15 package ships it, and the embedded PGlite loads it (scripts/lib/embedded-db.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "searchPinyin" TEXT,
ADD COLUMN     "searchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchPinyin" TEXT,
ADD COLUMN     "searchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "soldCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Shop_searchTokens_idx" ON "Shop" USING GIN ("searchTokens");

-- CreateIndex
CREATE INDEX "Shop_searchPinyin_idx" ON "Shop" USING GIN ("searchPinyin" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_status_soldCount_createdAt_id_idx" ON "Product"("status", "soldCount" DESC, "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_status_priceFen_id_idx" ON "Product"("status", "priceFen", "id");

-- Titles that start with the query rank first: a range on these (byte order) finds them by index.
-- Expression indexes, so they live here and not in schema.prisma.
CREATE INDEX "Product_title_zh_prefix_idx" ON "Product" ((lower("titleZh") COLLATE "C"));
CREATE INDEX "Product_title_en_prefix_idx" ON "Product" ((lower("titleEn") COLLATE "C"));

-- CreateIndex
CREATE INDEX "Product_searchTokens_idx" ON "Product" USING GIN ("searchTokens");

-- CreateIndex
CREATE INDEX "Product_searchPinyin_idx" ON "Product" USING GIN ("searchPinyin" gin_trgm_ops);

-- A write that changes the texts without recomputing the search fields (a writer that forgot
-- lib/search/refresh.ts, a hand-run UPDATE) marks them stale instead of leaving them wrong; the old
-- tokens keep matching until the sweep recomputes them. A statement that sets "searchPinyin" itself
-- is trusted.
CREATE FUNCTION search_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."searchPinyin" IS NOT DISTINCT FROM OLD."searchPinyin" THEN
    NEW."searchPinyin" := NULL;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Product_search_stale" BEFORE UPDATE OF "titleZh", "titleEn", "categoryId", "shopId"
  ON "Product" FOR EACH ROW EXECUTE FUNCTION search_mark_stale();
CREATE TRIGGER "Shop_search_stale" BEFORE UPDATE OF "nameZh", "nameEn"
  ON "Shop" FOR EACH ROW EXECUTE FUNCTION search_mark_stale();

-- The fields of a product hold the names of its shop and category too.
CREATE FUNCTION search_mark_products_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."nameZh" IS DISTINCT FROM OLD."nameZh" OR NEW."nameEn" IS DISTINCT FROM OLD."nameEn" THEN
    IF TG_TABLE_NAME = 'Shop' THEN
      UPDATE "Product" SET "searchPinyin" = NULL WHERE "shopId" = NEW.id;
    ELSE
      UPDATE "Product" SET "searchPinyin" = NULL WHERE "categoryId" = NEW.id;
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Shop_products_search_stale" AFTER UPDATE OF "nameZh", "nameEn"
  ON "Shop" FOR EACH ROW EXECUTE FUNCTION search_mark_products_stale();
CREATE TRIGGER "Category_products_search_stale" AFTER UPDATE OF "nameZh", "nameEn"
  ON "Category" FOR EACH ROW EXECUTE FUNCTION search_mark_products_stale();
