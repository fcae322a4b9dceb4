import { decodePageCursor, search } from "@/lib/api/catalog";
import { apiError } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiGet } from "@/lib/api/route";

export const GET = apiGet(operations.search, async ({ query }) => {
  const pageNumber = query.cursor === undefined ? 1 : decodePageCursor(query.cursor);
  if (pageNumber === null) return apiError("bad_request", "The cursor is not one this API gave out.");
  return search(query, pageNumber);
});
