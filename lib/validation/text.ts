import { z } from "zod";

// Control characters (NUL, ESC, DEL, C1…) and lone UTF-16 surrogates: PostgreSQL refuses NUL and
// invalid UTF-8 outright, and none of them belongs in a name, an id or a search. A textarea keeps
// its tabs and line breaks.
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\p{Cs}]/u;
const MULTI_LINE_FORBIDDEN = /[^\P{Cc}\t\n\r]|\p{Cs}/u;

/** True when the text holds a character no field accepts (multiline: tab and line breaks allowed). */
export function hasForbiddenCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);
}

/**
 * The one string schema every field, id, slug and search text starts from: refuses control characters
 * with the code `invalid_characters` before any other check. `error` is the code for a non-string.
 */
export const plainString = (options: { error?: string; multiline?: boolean } = {}) =>
  z
    .string(options.error ? { error: options.error } : undefined)
    .refine((value) => !hasForbiddenCharacters(value, options), { error: "invalid_characters", abort: true });

/** A required text field, trimmed; errors are codes the forms translate: required, too_long, invalid_characters. */
export const requiredText = (max: number) =>
  plainString({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .max(max, { error: "too_long" });

/** A database id or slug sent by a form or found in a URL: short, trimmed, no control characters. */
export const idString = (options: { error?: string; max?: number } = {}) =>
  plainString({ error: options.error })
    .trim()
    .min(1, options.error ? { error: options.error } : undefined)
    .max(options.max ?? 40, options.error ? { error: options.error } : undefined);

/** A database id (cuid) in a URL: letters and digits only, so it can be looked up or refused at once. */
export const isRecordId = (value: string): boolean => /^[a-z0-9]{1,40}$/i.test(value);

/** A route segment or query value (`/p/[id]`, `/c/[slug]`, `?q=`): the text, or null when it cannot be one. */
export function parseRouteText(value: string | string[] | undefined, max = 64): string | null {
  const parsed = plainString()
    .max(max)
    .safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}
