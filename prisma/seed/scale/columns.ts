// The columns the scale seed writes, table by table, for COPY and for INSERT … unnest alike: each value
// is text (or a number, a date, null) the way PostgreSQL reads it back with the column's type.
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Column, ORDER_ITEM_COLUMNS, PAYOUT_COLUMNS, SHOP_ORDER_COLUMNS } from "../bulk";

const TS = "timestamp(3)";

/** A PostgreSQL array literal: every element quoted, so commas, braces and spaces stay inside. */
const textArray = (items: unknown): string =>
  `{${((items as string[] | undefined) ?? []).map((s) => `"${s.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
const hexBytes = (data: unknown) => `\\x${Buffer.from(data as Uint8Array).toString("hex")}`;

export const VILLAGE_COLUMNS: readonly Column<Prisma.VillageCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["slug", "text", (r) => r.slug],
  ["nameZh", "text", (r) => r.nameZh],
  ["nameEn", "text", (r) => r.nameEn],
  ["countyZh", "text", (r) => r.countyZh],
  ["countyEn", "text", (r) => r.countyEn],
];

export const HOUSEHOLD_COLUMNS: readonly Column<Prisma.HouseholdCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["villageId", "text", (r) => r.villageId],
  ["code", "text", (r) => r.code],
  ["headName", "text", (r) => r.headName],
  ["formerlyPoor", "boolean", (r) => r.formerlyPoor ?? false],
  ["createdAt", TS, (r) => r.createdAt as Date],
];

export const CATEGORY_COLUMNS: readonly Column<Prisma.CategoryCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["slug", "text", (r) => r.slug],
  ["kind", '"CategoryKind"', (r) => r.kind],
  ["nameZh", "text", (r) => r.nameZh],
  ["nameEn", "text", (r) => r.nameEn],
  ["sortOrder", "integer", (r) => r.sortOrder ?? 0],
];

export const USER_COLUMNS: readonly Column<Prisma.UserCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["email", "text", (r) => r.email],
  ["passwordHash", "text", (r) => r.passwordHash],
  ["name", "text", (r) => r.name],
  ["phone", "text", (r) => r.phone],
  ["role", '"Role"', (r) => r.role],
  ["householdId", "text", (r) => r.householdId],
  ["villageId", "text", (r) => r.villageId],
  ["createdAt", TS, (r) => r.createdAt as Date],
];

export const SHOP_COLUMNS: readonly Column<Prisma.ShopCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["villageId", "text", (r) => r.villageId],
  ["ownerId", "text", (r) => r.ownerId],
  ["slug", "text", (r) => r.slug],
  ["nameZh", "text", (r) => r.nameZh],
  ["nameEn", "text", (r) => r.nameEn],
  ["storyZh", "text", (r) => r.storyZh],
  ["storyEn", "text", (r) => r.storyEn],
  ["status", '"ShopStatus"', (r) => r.status],
  ["approvedAt", TS, (r) => r.approvedAt as Date | null],
  ["searchTokens", "text[]", (r) => textArray(r.searchTokens)],
  ["searchPinyin", "text", (r) => r.searchPinyin],
  ["createdAt", TS, (r) => r.createdAt as Date],
];

export const PRODUCT_COLUMNS: readonly Column<Prisma.ProductCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["shopId", "text", (r) => r.shopId],
  ["categoryId", "text", (r) => r.categoryId],
  ["titleZh", "text", (r) => r.titleZh],
  ["titleEn", "text", (r) => r.titleEn],
  ["descriptionZh", "text", (r) => r.descriptionZh ?? ""],
  ["descriptionEn", "text", (r) => r.descriptionEn ?? ""],
  ["priceFen", "integer", (r) => r.priceFen],
  ["stock", "integer", (r) => r.stock],
  ["unit", '"ProductUnit"', (r) => r.unit],
  ["status", '"ProductStatus"', (r) => r.status],
  ["searchTokens", "text[]", (r) => textArray(r.searchTokens)],
  ["searchPinyin", "text", (r) => r.searchPinyin],
  ["createdAt", TS, (r) => r.createdAt as Date],
  ["updatedAt", TS, (r) => r.updatedAt as Date],
];

export const PRODUCT_IMAGE_COLUMNS: readonly Column<Prisma.ProductImageCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["productId", "text", (r) => r.productId],
  ["data", "bytea", (r) => hexBytes(r.data)],
  ["mimeType", "text", (r) => r.mimeType],
  ["width", "integer", (r) => r.width],
  ["height", "integer", (r) => r.height],
  ["sortOrder", "integer", (r) => r.sortOrder ?? 0],
  ["createdAt", TS, (r) => r.createdAt as Date],
];

// The order tables as the demo writes them, plus what refunds change.
export const SCALE_SHOP_ORDER_COLUMNS: readonly Column<Prisma.ShopOrderCreateManyInput>[] = [
  ...SHOP_ORDER_COLUMNS,
  ["refundedFen", "integer", (r) => r.refundedFen ?? 0],
  ["refundedCommissionFen", "integer", (r) => r.refundedCommissionFen ?? 0],
];

export const SCALE_ORDER_ITEM_COLUMNS: readonly Column<Prisma.OrderItemCreateManyInput>[] = [
  ...ORDER_ITEM_COLUMNS,
  ["refundedQuantity", "integer", (r) => r.refundedQuantity ?? 0],
];

export const SCALE_PAYOUT_COLUMNS: readonly Column<Prisma.PayoutCreateManyInput>[] = [
  ...PAYOUT_COLUMNS,
  ["refundedFen", "integer", (r) => r.refundedFen ?? 0],
];

export const REFUND_COLUMNS: readonly Column<Prisma.RefundCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["shopOrderId", "text", (r) => r.shopOrderId],
  ["amountFen", "integer", (r) => r.amountFen],
  ["commissionFen", "integer", (r) => r.commissionFen],
  ["payoutFen", "integer", (r) => r.payoutFen],
  ["lines", "jsonb", (r) => JSON.stringify(r.lines)],
  ["requestedById", "text", (r) => r.requestedById],
  ["status", '"RefundStatus"', (r) => r.status],
  ["providerRef", "text", (r) => r.providerRef],
  ["reversalFen", "integer", (r) => r.reversalFen ?? 0],
  ["reversalRef", "text", (r) => r.reversalRef],
  ["createdAt", TS, (r) => r.createdAt as Date],
  ["updatedAt", TS, (r) => r.updatedAt as Date],
];
