import { z } from "zod";
import { PRODUCT_KINDS, SEARCH_SORTS } from "@/lib/search";
import { plainString } from "@/lib/validation/text";
import { listSchema, moneySchema, nameSchema, pageQuery, slugParam, timestampSchema } from "./common";

const UNITS = ["PIECE", "JIN", "BOX", "KG", "BOTTLE"] as const;

export const categorySchema = z
  .object({
    slug: z.string(),
    kind: z
      .enum(PRODUCT_KINDS)
      .meta({ description: "Crafts or agriculture: the village figures split sales by it." }),
    ...nameSchema,
    productCount: z.number().int().min(0).meta({ description: "Products on sale in it now." }),
  })
  .meta({ id: "Category" });

export const categoryListSchema = z.object({ data: z.array(categorySchema) }).meta({ id: "CategoryList" });

const shopRefSchema = z.object({ slug: z.string(), ...nameSchema }).meta({ id: "ShopRef" });

export const productCardSchema = z
  .object({
    id: z.string(),
    titleZh: z.string(),
    titleEn: z.string(),
    price: moneySchema,
    stock: z.number().int().min(0),
    unit: z
      .enum(UNITS)
      .meta({ description: "What the price buys: JIN is 500 g, how village produce is sold." }),
    shop: shopRefSchema,
    imageUrl: z.string().nullable().meta({ description: "Path of the first photo on this site." }),
  })
  .meta({ id: "ProductCard" });

export const productListSchema = listSchema(productCardSchema, "ProductList");

export const productDetailSchema = z
  .object({
    id: z.string(),
    titleZh: z.string(),
    titleEn: z.string(),
    descriptionZh: z.string(),
    descriptionEn: z.string(),
    price: moneySchema,
    stock: z.number().int().min(0),
    unit: z.enum(UNITS),
    category: z.object({ slug: z.string(), ...nameSchema }),
    shop: shopRefSchema,
    images: z.array(z.object({ url: z.string(), width: z.number().int(), height: z.number().int() })),
    voiceNote: z
      .object({ url: z.string(), durationMs: z.number().int() })
      .nullable()
      .meta({ description: "The seller's spoken description, when there is one." }),
  })
  .meta({ id: "Product" });

export const productListQuery = z.object({
  category: slugParam.optional().meta({ description: "Only this category's products (its slug)." }),
  shop: slugParam.optional().meta({ description: "Only this shop's products (its slug)." }),
  ...pageQuery,
});

export const shopSchema = z
  .object({
    slug: z.string(),
    ...nameSchema,
    storyZh: z.string(),
    storyEn: z.string(),
    createdAt: timestampSchema,
  })
  .meta({ id: "Shop" });

export const shopListSchema = listSchema(shopSchema, "ShopList");
export const shopListQuery = z.object({ ...pageQuery });

export const idPath = z.object({ id: slugParam.meta({ description: "The product's id." }) });
export const shopPath = z.object({ slug: slugParam.meta({ description: "The shop's slug." }) });

const fenParam = z.coerce.number().int().min(0).max(1_000_000_000).optional();

export const searchQuery = z.object({
  q: plainString().max(200).optional().meta({ description: "What to look for: Chinese, English or pinyin." }),
  category: slugParam.optional(),
  shop: slugParam.optional(),
  kind: z.enum(PRODUCT_KINDS).optional(),
  minFen: fenParam.meta({ description: "Lowest price, in fen." }),
  maxFen: fenParam.meta({ description: "Highest price, in fen." }),
  inStock: z.enum(["true", "false"]).optional().meta({ description: "`true`: only products in stock." }),
  sort: z.enum(SEARCH_SORTS).default("relevance"),
  cursor: pageQuery.cursor,
});

export const searchResultSchema = z
  .object({
    data: z.array(productCardSchema),
    shops: z
      .array(shopRefSchema)
      .meta({ description: "Open shops whose name matches; on the first page only." }),
    total: z.number().int().meta({ description: "Matching products, counted up to a cap." }),
    capped: z.boolean().meta({ description: "True when there are more than `total`." }),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "SearchResult" });
