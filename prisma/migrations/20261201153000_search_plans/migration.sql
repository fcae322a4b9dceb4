-- Search at 100,000 products (lib/search/postgres.ts).

-- What a product row costs the search to read, for the planner. A row's "searchTokens" is ~1.4 kB
-- compressed and takes 10-40 µs to check, where the planner counts a fraction of a µs for any row;
-- with a LIMIT that made reading the table in any order look cheaper than the GIN index (a count of 茶
-- read 8,000 rows, 170 ms, for its 1,000). The search adds `search_row_read(p."soldCount")` to its
-- conditions: always true, placed last, so it runs only on rows that matched, but costed per row read.
-- COST 300 (0.75, about a page): at 1000 the planner also ANDed the bitmap of every active product
-- (97,000 entries, 35 ms) into a GIN scan to save reading the 3% that are not.
-- PARALLEL UNSAFE: a search is a handful of index reads; parallel workers only cost their start-up.
CREATE FUNCTION search_row_read(integer) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE PARALLEL UNSAFE COST 300
  AS $$ BEGIN RETURN TRUE; END $$;

-- GIN's pending list (fastupdate) makes writes cheaper and every search scan the list, up to 4 MB, until
-- a vacuum merges it; the embedded database has no autovacuum, so it was never merged. Products and
-- shops are written rarely and searched often: write the index directly, and merge what is pending.
ALTER INDEX "Product_searchTokens_idx" SET (fastupdate = off);
ALTER INDEX "Product_searchPinyin_idx" SET (fastupdate = off);
ALTER INDEX "Shop_searchTokens_idx" SET (fastupdate = off);
ALTER INDEX "Shop_searchPinyin_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Product_searchTokens_idx"'::regclass);
SELECT gin_clean_pending_list('"Product_searchPinyin_idx"'::regclass);
SELECT gin_clean_pending_list('"Shop_searchTokens_idx"'::regclass);
SELECT gin_clean_pending_list('"Shop_searchPinyin_idx"'::regclass);
