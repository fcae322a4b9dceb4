import { describe, expect, it } from "vitest";
import { productIdSchema } from "@/lib/cart/add";
import { jsonDepth } from "@/lib/http/request-guard";
import { addressSchema } from "@/lib/orders/address";
import { productFieldsSchema } from "@/lib/seller/product-schema";
import { hasForbiddenCharacters, idString, parseRouteText, requiredText } from "@/lib/validation/text";

const product = {
  titleZh: "绿松石手链",
  titleEn: "",
  descriptionZh: "",
  descriptionEn: "",
  categoryId: "cat1",
  priceYuan: "12.50",
  stock: "3",
  unit: "PIECE",
  status: "ACTIVE",
};

describe("the shared control-character refinement", () => {
  it.each([
    ["a\u0000b"],
    ["\u0007"],
    ["\u001b[31m"],
    ["\u007f"],
    ["\u0085"],
    ["\ud800"],
    ["tab\there"],
    ["line\nbreak"],
  ])("single-line text refuses %j", (value) => {
    expect(hasForbiddenCharacters(value)).toBe(true);
    expect(requiredText(40).safeParse(value).error?.issues[0]?.message).toBe("invalid_characters");
  });

  it("multi-line text keeps tabs and line breaks but not NUL", () => {
    expect(hasForbiddenCharacters("one\ntwo\r\n\tthree", { multiline: true })).toBe(false);
    expect(hasForbiddenCharacters("one\u0000two", { multiline: true })).toBe(true);
  });

  it("keeps ordinary text, Chinese and emoji", () => {
    expect(requiredText(40).parse("  下营村 Turquoise 🎙️ 100% ")).toBe("下营村 Turquoise 🎙️ 100%");
  });

  it("is used by the id, form and route schemas", () => {
    expect(idString().safeParse("abc\u0000").success).toBe(false);
    expect(productIdSchema.safeParse("cm123\u0000").success).toBe(false);
    expect(productIdSchema.parse(" cm123 ")).toBe("cm123");
    expect(parseRouteText("a\u0000b")).toBeNull();
    expect(parseRouteText(["tea", "x"])).toBe("tea");
    const address = {
      recipientName: "郭明峰\u0000",
      recipientPhone: "13800138000",
      province: "湖北",
      city: "十堰",
      addressLine: "下营村",
    };
    expect(addressSchema.safeParse(address).error?.issues[0]?.message).toBe("invalid_characters");
    expect(productFieldsSchema.safeParse({ ...product, titleZh: "手链\u0000" }).success).toBe(false);
    expect(productFieldsSchema.safeParse({ ...product, categoryId: "c\u0000" }).success).toBe(false);
    expect(productFieldsSchema.safeParse({ ...product, descriptionZh: "第一行\n第二行" }).success).toBe(true);
  });
});

describe("jsonDepth", () => {
  it("counts nesting, ignoring brackets inside strings", () => {
    expect(jsonDepth('[null,"$K1"]')).toBe(1);
    expect(jsonDepth('[{"a":["[[[["]}]')).toBe(3);
    expect(jsonDepth('["\\"[["]')).toBe(1);
    expect(jsonDepth("[".repeat(10_000) + "]".repeat(10_000))).toBe(10_000);
  });
});
