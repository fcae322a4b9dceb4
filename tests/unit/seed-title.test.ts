// The demo's title data: a status history that ends at each shop's status, and a plausible register
// of the formerly poor households' incomes around the line.
import { describe, expect, it } from "vitest";
import { planDemoData } from "@/prisma/seed/index";

const NOW = new Date("2026-12-01T08:00:00Z");
const plan = planDemoData(NOW, "not-a-hash", new Map());

describe("the demo's title data", () => {
  it("gives every shop a history from its sign-up to its status today", () => {
    for (const shop of plan.catalog.shops) {
      const rows = plan.title.statusChanges.filter((row) => row.shopId === shop.id);
      expect(rows[0]).toMatchObject({ fromStatus: null, toStatus: "PENDING", at: shop.createdAt });
      expect(rows.at(-1)?.toStatus).toBe(shop.status);
      const times = rows.map((row) => new Date(row.at ?? 0).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it("records six years of income for each formerly poor household, more of them above the line each year", () => {
    const poor = plan.people.households.filter((household) => household.formerlyPoor);
    expect(plan.title.incomes).toHaveLength(poor.length * 6);
    const line = new Map(plan.title.incomeLines.map((row) => [row.year, row.perPersonFen]));
    const above = (year: number) =>
      plan.title.incomes.filter((row) => row.year === year && row.perPersonFen > (line.get(year) ?? 0))
        .length;
    expect(above(2021)).toBeLessThan(above(2026));
    expect(above(2026)).toBeLessThan(poor.length);
  });
});
