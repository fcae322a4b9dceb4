import type { Role } from "@/lib/generated/prisma/client";

const BASE = "http://callback.invalid";

// Browsers drop tabs and newlines inside URLs, which can turn "/\t/evil.example" into "//evil.example".
const hasControlCharacter = (text: string) =>
  [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/**
 * A `callbackUrl` we may send the browser to after sign-in: only a path on this site. Absolute URLs,
 * protocol-relative ("//evil.example") and backslash tricks ("/\\evil.example") are refused, so the
 * sign-in page cannot be used to bounce people to another site.
 */
export function safeCallbackPath(raw: unknown): string | null {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.length > 2000) return null;
  if (raw.startsWith("//") || raw.includes("\\") || hasControlCharacter(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where each kind of user lands after signing in without a particular page to go back to. */
export function roleHome(role: Role | null | undefined): string {
  if (role === "ADMIN") return "/admin";
  if (role === "SELLER") return "/seller";
  return "/";
}
