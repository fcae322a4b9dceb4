import { describe, expect, it } from "vitest";
import { nextPrice } from "@/components/seller/product-form/price-pad";
import { productFormInput } from "@/lib/seller/form-input";
import { fenToYuanText } from "@/lib/seller/price-text";

describe("the product form as posted", () => {
  it("drops the empty file an untouched file input posts, and keeps real files and removals", () => {
    const data = new FormData();
    data.set("titleZh", "手链");
    data.set("priceYuan", "12.30");
    data.append("photos", new File([], ""));
    // The same untouched input, as React's server-action body reader names it.
    data.append("photos", new File([], "undefined", { type: "application/octet-stream" }));
    data.append("photos", new File([new Uint8Array([1, 2, 3])], "a.jpg", { type: "image/jpeg" }));
    data.append("removeImageIds", "img1");
    const input = productFormInput(data);
    expect(input).toMatchObject({
      titleZh: "手链",
      priceYuan: "12.30",
      titleEn: null,
      removeImageIds: ["img1"],
    });
    expect(input.photos.map((file) => file.name)).toEqual(["a.jpg"]);
  });

  it("keeps a named empty file, so the server can say it is empty", () => {
    const data = new FormData();
    data.append("photos", new File([], "blank.jpg"));
    expect(productFormInput(data).photos).toHaveLength(1);
  });
});

describe("the voice note as posted", () => {
  it("drops an empty voice file, named or not, so a form with no recording saves", () => {
    for (const empty of [new File([], ""), new File([], "blob", { type: "application/octet-stream" })]) {
      const data = new FormData();
      data.append("voiceNote", empty);
      expect(productFormInput(data).voiceNote).toBeUndefined();
    }
  });

  it("keeps a real recording", () => {
    const data = new FormData();
    data.append("voiceNote", new File([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], "note.webm"));
    expect(productFormInput(data).voiceNote?.name).toBe("note.webm");
  });
});

describe("the price number pad", () => {
  const type = (keys: Parameters<typeof nextPrice>[1][]) => keys.reduce(nextPrice, "");

  it.each([
    [["1", "2", ".", "3", "0"], "12.30"],
    [[".", "5"], "0.5"],
    [["0", "7"], "7"],
    [["1", ".", "2", "3", "4"], "1.23"],
    [["1", ".", "."], "1."],
    [["9", "9", "9", "9", "9", "9", "9", "9"], "9999999"],
    [["1", "2", "back"], "1"],
    [["back"], ""],
  ] as const)("keys %j show %s", (keys, shown) => {
    expect(type([...keys])).toBe(shown);
  });
});

describe("a stored price shown for editing", () => {
  it.each([
    [1230, "12.30"],
    [700, "7"],
    [1, "0.01"],
    [100_000_000, "1000000"],
  ])("%i fen is typed as %s", (fen, text) => {
    expect(fenToYuanText(fen)).toBe(text);
  });
});
