// Money is an integer number of fen everywhere; only these functions turn it into text or back.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatFen(fen: number | bigint, locale = "zh-CN"): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "CNY",
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  const value = typeof fen === "bigint" ? fen : BigInt(fen);
  const yuan = value / 100n;
  const rest = value % 100n;
  // Format the yuan part as an integer and append exact fen, so no float ever touches the amount.
  const sign = value < 0n ? "-" : "";
  const absYuan = yuan < 0n ? -yuan : yuan;
  const absRest = rest < 0n ? -rest : rest;
  const parts = formatter.formatToParts(Number(absYuan));
  return (
    sign +
    parts.map((part) => (part.type === "fraction" ? String(absRest).padStart(2, "0") : part.value)).join("")
  );
}

/** Parses a yuan amount typed by a person ("12", "12.5", "12.50") into fen; null when it is not one. */
export function parseYuanToFen(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const yuan = Number(match[1]);
  const fen = Number((match[2] ?? "").padEnd(2, "0"));
  return yuan * 100 + fen;
}

/**
 * Splits `totalFen` into whole-fen parts in proportion to `weights` by the largest-remainder rule:
 * each part gets the floor of its exact share, and the fen left over go one each to the parts with
 * the largest remainders (ties to the earlier part). The parts always add up to the total. Every
 * split of money (commission, partial refunds) goes through here. BigInt, since total × weight can
 * pass 2^53.
 */
export function splitFen(totalFen: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalFen) || totalFen < 0)
    throw new RangeError("totalFen must be a whole fen ≥ 0");
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError("weights must be whole ≥ 0");
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) {
    if (totalFen === 0) return weights.map(() => 0);
    throw new RangeError("cannot split a positive amount by zero weights");
  }
  const total = BigInt(totalFen);
  const shares = weights.map((w, index) => {
    const exact = total * BigInt(w);
    return { index, floor: exact / sum, remainder: exact % sum };
  });
  let left = total - shares.reduce((a, s) => a + s.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.floor += 1n;
    left -= 1n;
  }
  return shares.map((s) => Number(s.floor));
}

export const BASIS_POINTS = 10_000;

/**
 * The platform's commission on a shop order and the seller's payout. Ties go to the seller
 * (the payout is the earlier part), so the commission is the exact share rounded half down.
 */
export function commissionSplit(subtotalFen: number, commissionBps: number) {
  const [payoutFen = 0, commissionFen = 0] = splitFen(subtotalFen, [
    BASIS_POINTS - commissionBps,
    commissionBps,
  ]);
  return { commissionFen, payoutFen };
}
