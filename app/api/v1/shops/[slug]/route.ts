import { shopBySlug } from "@/lib/api/catalog";
import { operations } from "@/lib/api/operations";
import { apiGet, notFound } from "@/lib/api/route";

export const GET = apiGet(
  operations.shop,
  async ({ params }) => (await shopBySlug(params.slug)) ?? notFound("shop"),
);
