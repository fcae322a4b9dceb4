import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fenToYuanText, toCsv } from "@/lib/village/csv";
import { villageExportCsv } from "@/lib/village/export";
import { beijing, createOrder } from "../support/admin-factories";
import { createCategory, createProduct, createShop, createUser, createVillage } from "../support/factories";

/** Splits CSV text (as written by toCsv) back into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      cell += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && next === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

let villageId: string;

beforeAll(async () => {
  villageId = (await createVillage()).id;
  const crafts = await createCategory("CRAFTS");
  const honey = await createCategory("AGRICULTURE");
  const one = await createShop({ villageId });
  const two = await createShop({ villageId });
  await db.shop.update({
    where: { id: two.shop.id },
    data: { nameEn: '=HYPERLINK("http://evil.example","Honey, "raw"")' },
  });
  const bracelet = await createProduct(one.shop.id, { categoryId: crafts.id });
  const jar = await createProduct(two.shop.id, { categoryId: honey.id });
  const buyer = await createUser("BUYER");
  await createOrder(buyer.id, beijing("2024-02-10 09:00"), [
    {
      shopId: one.shop.id,
      status: "DELIVERED",
      items: [{ productId: bracelet.id, unitPriceFen: 123_456, quantity: 1 }],
    },
    { shopId: two.shop.id, status: "PAID", items: [{ productId: jar.id, unitPriceFen: 4_999, quantity: 3 }] },
  ]);
  await createOrder(buyer.id, beijing("2024-11-11 21:00"), [
    {
      shopId: two.shop.id,
      status: "SHIPPED",
      items: [{ productId: jar.id, unitPriceFen: 4_999, quantity: 2 }],
    },
  ]);
  await createOrder(buyer.id, beijing("2024-11-11 22:00"), [
    {
      shopId: one.shop.id,
      status: "CANCELLED",
      items: [{ productId: bracelet.id, unitPriceFen: 99_999, quantity: 1 }],
    },
  ]);
});

const GMV = 123_456 + 4_999 * 5;

async function exportRows() {
  const result = await villageExportCsv(villageId, "2024", {
    locale: "en",
    label: (key) => key,
    periodLabel: (o) => `year ${o.period.key}`,
  });
  if (!result) throw new Error("no export");
  return { ...result, rows: parseCsv(result.csv.slice(1)), bom: result.csv.charCodeAt(0) };
}

const sum = (rows: string[][], section: string) =>
  rows.filter((r) => r[0] === section).reduce((total, r) => total + Number(r[5]), 0);

describe("the CSV export", () => {
  it("starts with a byte-order mark and a header, for the chosen year", async () => {
    const { bom, rows, periodKey } = await exportRows();
    expect(bom).toBe(0xfeff);
    expect(periodKey).toBe("2024");
    expect(rows[0]).toEqual(["section", "name", "type", "orders", "itemsSold", "salesFen", "salesYuan"]);
    expect(rows[1]).toEqual(["summary", "period", "year 2024", "", "", "", ""]);
  });

  it("gives the paid sales in fen and yuan, and months, categories and shops each add up to them", async () => {
    const { rows } = await exportRows();
    expect(rows.find((r) => r[1] === "total")).toEqual([
      "summary",
      "total",
      "",
      "2",
      "",
      String(GMV),
      "1484.51",
    ]);
    expect(rows.find((r) => r[1] === "agriculture")?.[5]).toBe(String(4_999 * 5));
    expect(rows.find((r) => r[1] === "festival")?.slice(3, 7)).toEqual(["1", "", "9998", "99.98"]);
    expect(sum(rows, "month")).toBe(GMV);
    expect(sum(rows, "category")).toBe(GMV);
    expect(sum(rows, "shop")).toBe(GMV);
    expect(rows.filter((r) => r[0] === "month")).toHaveLength(12);
    for (const row of rows.slice(2)) if (row[5]) expect(row[6]).toBe(fenToYuanText(Number(row[5])));
  });

  it("keeps a shop name that looks like a formula as text, commas and quotes intact", async () => {
    const { rows } = await exportRows();
    expect(rows.find((r) => r[0] === "shop" && r[1]?.includes("HYPERLINK"))?.[1]).toBe(
      `'=HYPERLINK("http://evil.example","Honey, "raw"")`,
    );
  });

  it("returns nothing for a village that does not exist", async () => {
    expect(
      await villageExportCsv("no-such-village", undefined, {
        locale: "en",
        label: (k) => k,
        periodLabel: () => "",
      }),
    ).toBeNull();
  });
});

describe("CSV cells", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [123_456, "1234.56"],
    [1_000_000_000, "10000000.00"],
    [-250, "-2.50"],
  ])("%i fen is %s yuan", (fen, yuan) => {
    expect(fenToYuanText(fen)).toBe(yuan);
  });

  it("quotes cells with commas, quotes and line breaks, and leaves numbers alone", () => {
    expect(toCsv([["a,b", 'say "hi"', "two\nlines", -5, null, "@sum", "-1+1"]])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines",-5,,\'@sum,\'-1+1\r\n',
    );
  });
});
