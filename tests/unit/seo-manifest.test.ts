import sharp from "sharp";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";

describe("web app manifest", () => {
  const app = manifest();

  it("installs as a standalone app in the market's colour, starting at the home page", () => {
    expect(app).toMatchObject({
      display: "standalone",
      start_url: "/",
      theme_color: "#0e6a66",
      lang: "zh-CN",
    });
    expect(app.name).toContain("下营村电商集市");
    expect(app.name).toContain("Xiaying Village Market");
    // Launchers cut labels past about 12 characters.
    expect(Array.from(app.short_name ?? "").length).toBeLessThanOrEqual(12);
  });

  it("points to icon files of the sizes it claims, plain and maskable, 192 and 512", async () => {
    const icons = app.icons ?? [];
    for (const purpose of ["any", "maskable"]) {
      expect(icons.filter((icon) => icon.purpose === purpose).map((icon) => icon.sizes)).toEqual([
        "192x192",
        "512x512",
      ]);
    }
    for (const icon of icons) {
      const { width, height, format } = await sharp(`public${icon.src}`).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
      expect(format).toBe("png");
    }
  });

  it("fills a maskable icon to its corners, so no launcher shape shows a transparent edge", async () => {
    const { data } = await sharp("public/icons/maskable-512.png").raw().ensureAlpha().toBuffer({
      resolveWithObject: true,
    });
    // Top-left pixel: the theme colour, opaque.
    expect([...data.subarray(0, 4)]).toEqual([0x0e, 0x6a, 0x66, 255]);
  });
});
