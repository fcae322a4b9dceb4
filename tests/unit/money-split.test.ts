import { describe, expect, it } from "vitest";
import { commissionSplit, splitFen } from "@/lib/money";

describe("splitFen (largest remainder)", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [3, 3, 4], [3, 3, 4]],
    [1, [1, 1], [1, 0]],
    [7, [0, 1, 0], [0, 7, 0]],
    [0, [5, 5], [0, 0]],
    [99_999, [9_500, 500], [94_999, 5_000]],
    [5, [2, 1], [3, 2]],
  ])("%i by %j is %j", (total, weights, parts) => {
    expect(splitFen(total, weights)).toEqual(parts);
  });

  it("parts add up to the total and stay within a fen of the exact share, over many amounts", () => {
    const weightSets = [
      [1, 2, 3],
      [9_500, 500],
      [1_280, 3_000, 7],
      [1, 1, 1, 1, 1, 1, 1],
      [2_000_000_000, 1],
    ];
    for (const weights of weightSets) {
      const sum = weights.reduce((a, b) => a + b, 0);
      for (let total = 0; total < 3_000; total += 7) {
        const parts = splitFen(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((part, i) => {
          expect(Math.abs(part - (total * (weights[i] ?? 0)) / sum)).toBeLessThan(1);
        });
      }
    }
  });

  it("is exact where floats are not", () => {
    const big = 2 ** 40;
    expect(splitFen(big + 1, [2 ** 30, 2 ** 30])).toEqual([big / 2 + 1, big / 2]);
  });

  it("refuses fractions, negatives and zero weights for a positive amount", () => {
    expect(() => splitFen(1.5, [1])).toThrow(RangeError);
    expect(() => splitFen(-1, [1])).toThrow(RangeError);
    expect(() => splitFen(5, [0, 0])).toThrow(RangeError);
    expect(() => splitFen(5, [1, -1])).toThrow(RangeError);
  });
});

describe("commissionSplit", () => {
  it.each([
    // subtotal, bps, commission, payout
    [10_000, 500, 500, 9_500],
    [10, 500, 0, 10], // 0.5 fen commission: ties go to the seller
    [30, 500, 1, 29], // 1.5 → 1 (rounded half down)
    [31, 500, 2, 29], // 1.55 → 2
    [1, 10_000, 1, 0],
    [12_345, 0, 0, 12_345],
    [99_999_999, 750, 7_500_000, 92_499_999],
  ])("%i fen at %i bps: commission %i, payout %i", (subtotal, bps, commission, payout) => {
    expect(commissionSplit(subtotal, bps)).toEqual({ commissionFen: commission, payoutFen: payout });
  });

  it("agrees with the SQL rule the migration backfilled with, for every amount to 20,000 fen", () => {
    for (let subtotal = 0; subtotal <= 20_000; subtotal++) {
      const sql = Math.floor((2 * subtotal * 500 + 9_999) / 20_000);
      const { commissionFen, payoutFen } = commissionSplit(subtotal, 500);
      expect(commissionFen).toBe(sql);
      expect(commissionFen + payoutFen).toBe(subtotal);
    }
  });
});
