import { describe, expect, it } from "vitest";
import { formatFen, parseYuanToFen } from "@/lib/money";

describe("formatFen", () => {
  it.each([
    [0, "¥0.00"],
    [1, "¥0.01"],
    [123450, "¥1,234.50"],
    [99, "¥0.99"],
    [100000000000, "¥1,000,000,000.00"],
    [-250, "-¥2.50"],
  ])("%i fen reads %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it("keeps exact fen beyond float precision", () => {
    expect(formatFen(900719925474099199n)).toBe("¥9,007,199,254,740,991.99");
  });
});

describe("parseYuanToFen", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["12.50", 1250],
    ["0.01", 1],
    [" 3 ", 300],
  ])("%s yuan is %i fen", (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen);
  });

  it.each(["", "-1", "1.234", "abc", "1e3", "12,5"])("refuses %j", (text) => {
    expect(parseYuanToFen(text)).toBeNull();
  });
});
