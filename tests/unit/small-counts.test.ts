import { describe, expect, it } from "vitest";
import { protectCount, protectDerived, protectedChange } from "@/lib/village/small-counts";

describe("small counts of households are withheld", () => {
  it.each([
    [0, undefined, false],
    [4, undefined, false],
    [5, undefined, true],
    [120, undefined, true],
    [176, 179, false], // the 3 left over would be named
    [174, 179, true],
    [179, 179, false], // "all of them" says as much about each family
  ])("count %i of %s shown: %s", (count, total, shown) => {
    expect(protectCount(count, total).shown).toBe(shown);
  });

  it("withholds what is derived from a small group, and any change touching a withheld count", () => {
    expect(protectDerived(2_500, 4)).toEqual({ shown: false });
    expect(protectDerived(2_500, 5)).toEqual({ shown: true, value: 2_500 });
    expect(protectedChange({ shown: true, value: 9 }, { shown: true, value: 6 })).toEqual({
      shown: true,
      value: 3,
    });
    expect(protectedChange({ shown: true, value: 9 }, { shown: false })).toEqual({ shown: false });
  });
});
