import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The family the cards ask for; satori draws every glyph from the fonts it is given, nothing from the system. */
export const OG_FONT_FAMILY = "Noto Sans SC";

// A GB 2312 subset of Noto Sans CJK SC Bold (see scripts/make-og-font.sh): satori cannot read Debian's
// .ttc collections, and the subset ships with the code, so CI and servers need no font package.
const FONT_FILE = path.join(process.cwd(), "assets/og/noto-sans-sc-bold-gb2312.woff");

type OgFont = { name: string; data: ArrayBuffer; weight: 700; style: "normal" };

let fonts: Promise<OgFont[]> | undefined;

/** Read once per process; the same array each time lets satori reuse what it parsed. */
export function ogFonts(): Promise<OgFont[]> {
  fonts ??= readFile(FONT_FILE).then((file) => [
    {
      name: OG_FONT_FAMILY,
      data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
      weight: 700,
      style: "normal",
    },
  ]);
  return fonts;
}
