import "server-only";
import type { ActionResult } from "@/lib/actions/result";

// The HTTP status of each failure a message route can give: malformed input is a 400, never a 500.
const STATUS: Record<string, number> = {
  not_signed_in: 401,
  forbidden: 403,
  not_found: 404,
  throttled: 429,
  blocked: 409,
  voice_too_large: 413,
  photo_too_large: 413,
};

/** A use case's result as JSON, with a status a client (or a test) can act on. */
export function resultResponse<T>(result: ActionResult<T>): Response {
  const status = result.ok ? 200 : (STATUS[result.error] ?? 400);
  return Response.json(result, { status, headers: { "Cache-Control": "private, no-store" } });
}

/** A cross-site form cannot post here: browsers send Origin on every POST, and it must be ours. */
export function foreignOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return !host || new URL(origin).host !== host.split(",")[0]?.trim();
  } catch {
    return true;
  }
}

export const refusal = (status: number, error: string) =>
  Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "private, no-store" } });
