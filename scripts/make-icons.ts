// Draws the installable app's icons from app/icon.svg (the turquoise stone) into public/icons/.
// Run after changing the icon: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { mkdirSync, readFileSync } from "node:fs";
import sharp from "sharp";

const OUT = "public/icons";
const THEME = "#0e6a66";
const stone = readFileSync("app/icon.svg");

async function plain(size: number, file: string) {
  await sharp(stone, { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(`${OUT}/${file}`);
}

/** Maskable: the launcher may crop to any shape within the central 80%, so the stone sits inside it on a full-bleed background. */
async function maskable(size: number, file: string) {
  const inner = Math.round(size * 0.62);
  const art = await sharp(stone, { density: (72 * inner) / 64 })
    .resize(inner, inner)
    .png()
    .toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background: THEME } })
    .composite([{ input: art, gravity: "centre" }])
    .png({ compressionLevel: 9 })
    .toFile(`${OUT}/${file}`);
}

mkdirSync(OUT, { recursive: true });
await plain(192, "icon-192.png");
await plain(512, "icon-512.png");
await maskable(192, "maskable-192.png");
await maskable(512, "maskable-512.png");
// Next links app/apple-icon.png from every page.
await maskable(180, "../../app/apple-icon.png");
console.log(`Icons written to ${OUT}/`);
