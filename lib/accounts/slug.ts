import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";

const SLUG_BASE_MAX = 40;

const randomSuffix = (bytes: number) => randomBytes(bytes).toString("hex");

/** The Latin letters and digits of a name as a URL slug ("Honey Farm!" → "honey-farm"), or "". */
export function latinSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_BASE_MAX)
    .replace(/-+$/g, "");
  return /[a-z]/.test(slug) ? slug : "";
}

/**
 * A free shop slug from the English name, else the Latin part of the Chinese name; with no Latin
 * letters at all (no pinyin here) it is `shop-<random>`. A taken slug gets a random suffix.
 */
export async function freeShopSlug(tx: Tx, nameEn: string, nameZh: string): Promise<string> {
  const base = latinSlug(nameEn) || latinSlug(nameZh);
  if (!base) return `shop-${randomSuffix(4)}`;
  const taken = await tx.shop.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomSuffix(3)}` : base;
}
