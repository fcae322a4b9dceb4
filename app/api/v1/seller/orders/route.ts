import { operations } from "@/lib/api/operations";
import { apiGet, readCursor } from "@/lib/api/route";
import { listOwnOrdersForApi } from "@/lib/api/seller";

export const GET = apiGet(operations.sellerOrders, async ({ query, caller }) => {
  const from = readCursor(query.cursor);
  if (from instanceof Response) return from;
  // authenticateToken admits seller:read only for a seller with an open shop.
  return listOwnOrdersForApi(caller.shopId ?? "", query, from);
});
