import { z } from "zod";
import {
  categoryListSchema,
  idPath,
  productDetailSchema,
  productListQuery,
  productListSchema,
  searchQuery,
  searchResultSchema,
  shopListQuery,
  shopListSchema,
  shopPath,
  shopSchema,
} from "./schemas/catalog";
import {
  sellerOrderListSchema,
  sellerOrderQuery,
  sellerProductListSchema,
  sellerProductQuery,
} from "./schemas/seller";
import { villageFiguresSchema, villagePeriodQuery } from "./schemas/village";
import type { ApiScope } from "./scopes";

const noQuery = z.object({});

type Operation = {
  path: string;
  summary: string;
  description: string;
  tag: "Catalog" | "Seller" | "Village";
  query: z.ZodObject;
  params?: z.ZodObject;
  response: z.ZodType;
  scope?: ApiScope;
};

/**
 * Every route of /api/v1 with the schemas it parses and answers with: the route handlers take their
 * definitions from here, and the OpenAPI document is generated from the same table.
 */
export const operations = {
  categories: {
    path: "/categories",
    summary: "List categories",
    description: "Every category, crafts and agriculture, with how many products are on sale in it.",
    tag: "Catalog",
    query: noQuery,
    response: categoryListSchema,
  },
  products: {
    path: "/products",
    summary: "List products",
    description: "Products on sale, newest first; optionally of one category or shop.",
    tag: "Catalog",
    query: productListQuery,
    response: productListSchema,
  },
  product: {
    path: "/products/{id}",
    summary: "Get a product",
    description: "One product on sale, with its photos and the seller's voice description.",
    tag: "Catalog",
    query: noQuery,
    params: idPath,
    response: productDetailSchema,
  },
  shops: {
    path: "/shops",
    summary: "List shops",
    description: "The village's open shops, newest first.",
    tag: "Catalog",
    query: shopListQuery,
    response: shopListSchema,
  },
  shop: {
    path: "/shops/{slug}",
    summary: "Get a shop",
    description: "One open shop and its story.",
    tag: "Catalog",
    query: noQuery,
    params: shopPath,
    response: shopSchema,
  },
  search: {
    path: "/search",
    summary: "Search products",
    description:
      "The storefront's search: Chinese, English or pinyin (full or initials), best match first, then sales.",
    tag: "Catalog",
    query: searchQuery,
    response: searchResultSchema,
  },
  sellerProducts: {
    path: "/seller/products",
    summary: "List my products",
    description: "The token owner's own products, whatever their status, newest first.",
    tag: "Seller",
    query: sellerProductQuery,
    response: sellerProductListSchema,
    scope: "seller:read",
  },
  sellerOrders: {
    path: "/seller/orders",
    summary: "List my orders",
    description: "The token owner's shop's parcels (paid, shipped, delivered, refunded), newest first.",
    tag: "Seller",
    query: sellerOrderQuery,
    response: sellerOrderListSchema,
    scope: "seller:read",
  },
  villageFigures: {
    path: "/village/figures",
    summary: "Village figures",
    description:
      "The admin page's figures for the token owner's village: sales by month, category and shop, Double 11, participation and the Taobao-village line.",
    tag: "Village",
    query: villagePeriodQuery,
    response: villageFiguresSchema,
    scope: "village:read",
  },
} as const satisfies Record<string, Operation>;

export type OperationName = keyof typeof operations;
