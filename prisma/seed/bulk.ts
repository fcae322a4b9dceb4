// Bulk inserts for the big tables. Prisma's createMany sends one bind parameter per cell and takes
// seconds per 10,000 rows; one array per column through unnest() is a single short statement.
import type { Prisma } from "@/lib/generated/prisma/client";

type Cell = string | number | boolean | Date | null | undefined;
export type Column<T> = readonly [column: string, sqlType: string, value: (row: T) => Cell];

export const cellText = (cell: Cell): string | null => {
  if (cell === null || cell === undefined) return null;
  // Prisma keeps DateTime as UTC in "timestamp without time zone": the ISO text's Z is dropped on cast.
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
};

/** A Prisma transaction, or anything else that runs one SQL statement with bind parameters. */
export type RawExecutor = { $executeRawUnsafe: (sql: string, ...values: unknown[]) => PromiseLike<unknown> };

export async function bulkInsert<T>(
  tx: RawExecutor,
  table: string,
  columns: readonly Column<T>[],
  rows: T[],
  chunk = 5_000,
) {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const casts = columns.map(([, type], i) => `c${i}::${type}`).join(", ");
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases})`;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    await tx.$executeRawUnsafe(sql, ...columns.map(([, , value]) => part.map((row) => cellText(value(row)))));
  }
}

const TS = "timestamp(3)";

export const ORDER_COLUMNS: readonly Column<Prisma.OrderCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["number", "text", (r) => r.number],
  ["buyerId", "text", (r) => r.buyerId],
  ["status", '"OrderStatus"', (r) => r.status],
  ["totalFen", "integer", (r) => r.totalFen],
  ["currency", "text", (r) => r.currency ?? "CNY"],
  ["recipientName", "text", (r) => r.recipientName],
  ["recipientPhone", "text", (r) => r.recipientPhone],
  ["province", "text", (r) => r.province],
  ["city", "text", (r) => r.city],
  ["addressLine", "text", (r) => r.addressLine],
  ["postalCode", "text", (r) => r.postalCode ?? ""],
  ["createdAt", TS, (r) => r.createdAt],
  ["paidAt", TS, (r) => r.paidAt],
  ["expiresAt", TS, (r) => r.expiresAt],
  ["cancelledAt", TS, (r) => r.cancelledAt],
  ["cancelReason", '"CancelReason"', (r) => r.cancelReason],
];

export const SHOP_ORDER_COLUMNS: readonly Column<Prisma.ShopOrderCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["orderId", "text", (r) => r.orderId],
  ["shopId", "text", (r) => r.shopId],
  ["status", '"ShopOrderStatus"', (r) => r.status],
  ["subtotalFen", "integer", (r) => r.subtotalFen],
  ["commissionFen", "integer", (r) => r.commissionFen],
  ["payoutFen", "integer", (r) => r.payoutFen],
  ["courier", "text", (r) => r.courier],
  ["trackingNumber", "text", (r) => r.trackingNumber],
  ["createdAt", TS, (r) => r.createdAt],
  ["paidAt", TS, (r) => r.paidAt],
  ["shippedAt", TS, (r) => r.shippedAt],
  ["deliveredAt", TS, (r) => r.deliveredAt],
];

export const ORDER_ITEM_COLUMNS: readonly Column<Prisma.OrderItemCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["shopOrderId", "text", (r) => r.shopOrderId],
  ["productId", "text", (r) => r.productId],
  ["titleZh", "text", (r) => r.titleZh],
  ["titleEn", "text", (r) => r.titleEn],
  ["unitPriceFen", "integer", (r) => r.unitPriceFen],
  ["quantity", "integer", (r) => r.quantity],
  ["lineTotalFen", "integer", (r) => r.lineTotalFen],
];

export const PAYMENT_COLUMNS: readonly Column<Prisma.PaymentCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["orderId", "text", (r) => r.orderId],
  ["provider", "text", (r) => r.provider],
  ["providerRef", "text", (r) => r.providerRef],
  ["amountFen", "integer", (r) => r.amountFen],
  ["currency", "text", (r) => r.currency ?? "CNY"],
  ["status", '"PaymentStatus"', (r) => r.status],
  ["createdAt", TS, (r) => r.createdAt],
  ["updatedAt", TS, (r) => r.updatedAt],
];

export const PAYOUT_COLUMNS: readonly Column<Prisma.PayoutCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["shopOrderId", "text", (r) => r.shopOrderId],
  ["shopId", "text", (r) => r.shopId],
  ["amountFen", "integer", (r) => r.amountFen],
  ["status", '"PayoutStatus"', (r) => r.status],
  ["transferredFen", "integer", (r) => r.transferredFen],
  ["createdAt", TS, (r) => r.createdAt],
  ["transferredAt", TS, (r) => r.transferredAt],
];

export const PAYMENT_EVENT_COLUMNS: readonly Column<Prisma.PaymentEventCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["provider", "text", (r) => r.provider],
  ["providerEventId", "text", (r) => r.providerEventId],
  ["type", "text", (r) => r.type],
  ["paymentId", "text", (r) => r.paymentId],
  ["receivedAt", TS, (r) => r.receivedAt],
];
