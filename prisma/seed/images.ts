// Draws the product pictures (SVG → WebP with sharp). Rendering is the slow part of seeding, so
// finished pictures are cached on disk by the hash of their SVG: the same drawing is never redone.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Prisma } from "@/lib/generated/prisma/client";
import { productSvg } from "./art";
import type { PictureJob } from "./catalog";

export const PICTURE_SIZE = 800;
const QUALITY = 78;
const CONCURRENCY = 4;

function cacheDir(): string | null {
  if (process.env.SEED_IMAGE_CACHE === "off") return null;
  return (
    process.env.SEED_IMAGE_CACHE ?? path.join(process.cwd(), "node_modules", ".cache", "xiaying-seed-images")
  );
}

export async function renderPicture(svg: string): Promise<Buffer> {
  const key = createHash("sha256").update(`${QUALITY}:${svg}`).digest("hex");
  const dir = cacheDir();
  const file = dir && path.join(dir, `${key}.webp`);
  if (file) {
    try {
      return await readFile(file);
    } catch {
      // Not drawn yet.
    }
  }
  const webp = await sharp(Buffer.from(svg)).webp({ quality: QUALITY, effort: 2 }).toBuffer();
  if (dir && file) {
    // A cache that cannot be written (read-only checkout) only costs speed.
    await mkdir(dir, { recursive: true })
      .then(() => writeFile(file, webp))
      .catch(() => undefined);
  }
  return webp;
}

/** ProductImage rows for every job; ids come from the picture's bytes, so a changed drawing gets a new id. */
export async function renderPictures(jobs: PictureJob[]): Promise<Prisma.ProductImageCreateManyInput[]> {
  const tasks = jobs.flatMap((job) => Array.from({ length: job.pictures }, (_, index) => ({ job, index })));
  const rows: Prisma.ProductImageCreateManyInput[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const at = next++;
      const task = tasks[at];
      if (!task) continue;
      const data = await renderPicture(productSvg(task.job.art, task.job.seed, task.index));
      const id = `c${createHash("sha256").update(task.job.productId).update(data).digest("hex").slice(0, 24)}`;
      rows[at] = {
        id,
        productId: task.job.productId,
        data: new Uint8Array(data),
        mimeType: "image/webp",
        width: PICTURE_SIZE,
        height: PICTURE_SIZE,
        sortOrder: task.index,
        createdAt: task.job.createdAt,
      };
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return rows;
}
