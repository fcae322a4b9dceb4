import { revalidateTag } from "next/cache";
import { NextResponse } from "next/server";
import { z } from "zod";
import { isRevalidateToken } from "@/lib/catalog/invalidate";
import { idString } from "@/lib/validation/text";

const bodySchema = z.object({
  tags: z
    .array(idString({ max: 120 }))
    .min(1)
    .max(200),
});

/** For the job worker in this same server: expires catalog tags (lib/catalog/invalidate.ts). */
export async function POST(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
  if (!isRevalidateToken(token)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "invalid_input" }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return NextResponse.json({ ok: true });
}
