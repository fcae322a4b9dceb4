// Pure form parsing, no data access: the client refund form imports the field prefix from here.
/** The refund forms' fields: `shopOrderId`, and `qty:<orderItemId>` = how many of that item go back. */
export const REFUND_QTY_PREFIX = "qty:";

/**
 * Turns a refund form into refundShopOrder's input. Only shape is handled here (blank and zero
 * quantities are left out); refundInputSchema decides what is valid, so odd input is refused there.
 */
export function refundInputFromForm(formData: FormData) {
  const lines: { orderItemId: string; quantity: number }[] = [];
  for (const [key, value] of formData) {
    if (!key.startsWith(REFUND_QTY_PREFIX) || typeof value !== "string" || value.trim() === "") continue;
    const quantity = Number(value);
    if (quantity === 0) continue;
    lines.push({ orderItemId: key.slice(REFUND_QTY_PREFIX.length), quantity });
  }
  return { shopOrderId: formData.get("shopOrderId"), lines };
}
