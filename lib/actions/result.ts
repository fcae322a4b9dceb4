import type { z } from "zod";

/** What every server action returns: expected failures are values, never thrown. */
export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export type FailedResult = Extract<ActionResult, { ok: false }>;

export function fail(error: string, fieldErrors?: Record<string, string[]>): FailedResult {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

export function invalid(error: z.ZodError): FailedResult {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return fail("invalid_input", fieldErrors);
}
