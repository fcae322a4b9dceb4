import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { mediaServer } from "./index";

/**
 * Reads one nginx-rtmp callback: refused (403) unless it comes from the media server, 400 when the
 * form is not what nginx sends. nginx treats every answer but 2xx (and 3xx on publish) as "drop it".
 */
export async function readMediaCallback<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  if (!mediaServer().verifyCallback(request)) {
    return { ok: false, response: NextResponse.json({ error: "forbidden" }, { status: 403 }) };
  }
  const form = await request.formData().catch(() => null);
  const parsed = form ? schema.safeParse(Object.fromEntries(form.entries())) : null;
  if (!parsed?.success) {
    return { ok: false, response: NextResponse.json({ error: "invalid_input" }, { status: 400 }) };
  }
  return { ok: true, data: parsed.data };
}
