import { operations } from "@/lib/api/operations";
import { apiGet, readCursor } from "@/lib/api/route";
import { listOwnProductsForApi } from "@/lib/api/seller";

export const GET = apiGet(operations.sellerProducts, async ({ query, caller }) => {
  const from = readCursor(query.cursor);
  if (from instanceof Response) return from;
  // authenticateToken admits seller:read only for a seller with an open shop.
  return listOwnProductsForApi(caller.shopId ?? "", query, from);
});
