import { productDetail } from "@/lib/api/catalog";
import { operations } from "@/lib/api/operations";
import { apiGet, notFound } from "@/lib/api/route";

export const GET = apiGet(
  operations.product,
  async ({ params }) => (await productDetail(params.id)) ?? notFound("product"),
);
