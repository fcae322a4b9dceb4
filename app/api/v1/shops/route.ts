import { listShops } from "@/lib/api/catalog";
import { operations } from "@/lib/api/operations";
import { apiGet, readCursor } from "@/lib/api/route";

export const GET = apiGet(operations.shops, async ({ query }) => {
  const from = readCursor(query.cursor);
  return from instanceof Response ? from : listShops(query.limit, from);
});
