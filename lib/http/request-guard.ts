import { hasForbiddenCharacters } from "../validation/text";
import { bodyLimitFor } from "./body-limits";

// What React's server-action client sends: FormData, or a string for simple arguments.
const ACTION_CONTENT_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"];
// React's reply decoder recurses per level; real arguments (a form state, a FormData) nest a few levels.
const MAX_JSON_DEPTH = 32;
const BODYLESS_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Sent with every refusal; `close` so an unread body is not waited for. */
export const REFUSAL_HEADERS = {
  "content-type": "text/plain; charset=utf-8",
  "cache-control": "no-store",
  connection: "close",
};

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: REFUSAL_HEADERS });
}

/** True when the path has an invalid percent-escape or decodes to a control character. */
function isBadPath(pathname: string): boolean {
  try {
    return pathname.split("/").some((segment) => hasForbiddenCharacters(decodeURIComponent(segment)));
  } catch {
    return true;
  }
}

function hasBadQuery(search: string): boolean {
  for (const [key, value] of new URLSearchParams(search)) {
    if (hasForbiddenCharacters(key) || hasForbiddenCharacters(value)) return true;
  }
  return false;
}

/** Deepest `[`/`{` nesting of a JSON text, counted without recursion (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === "\\") index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "[" || character === "{") deepest = Math.max(deepest, ++depth);
    else if (character === "]" || character === "}") depth--;
  }
  return deepest;
}

function isSaneJson(text: string, mustBeArray: boolean): boolean {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return false;
  try {
    const value: unknown = JSON.parse(text);
    return !mustBeArray || Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A server-action body as React encodes it: a JSON array of arguments, either as the whole text body
 * or as form field "0", with further JSON chunks in other all-digit fields (FormData entries are "1_name").
 */
async function isWellFormedActionBody(request: Request, contentType: string): Promise<boolean> {
  if (contentType.startsWith("text/plain")) return isSaneJson(await request.text(), true);
  if (!contentType.startsWith("multipart/form-data")) return true;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return false;
  }
  const root = form.get("0");
  if (typeof root !== "string" || !isSaneJson(root, true)) return false;
  for (const [key, value] of form) {
    if (key !== "0" && /^\d+$/.test(key) && typeof value === "string" && !isSaneJson(value, false))
      return false;
  }
  return true;
}

function sameOrigin(origin: string, headers: RequestHeaders): boolean {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]?.trim();
  } catch {
    return false; // includes the opaque origin "null"
  }
}

/** The headers of a request, as a Fetch Request or Node's IncomingMessage gives them. */
export type RequestHeaders = { get(name: string): string | null; has(name: string): boolean };

/** Why a request is refused: its status and the plain text to answer with. */
export type Refusal = { status: number; message: string };

/**
 * The checks that need only the method, path and headers: a foreign Origin on a server action (403),
 * a body that is not an action's (400), and a declared length over the path's limit (413) or no
 * length at all (411), so an oversized body is refused without being read.
 */
export function headerRefusal(method: string, pathname: string, headers: RequestHeaders): Refusal | null {
  if (BODYLESS_METHODS.has(method)) return null;
  const isAction = headers.has("next-action");
  const contentType = (headers.get("content-type") ?? "").toLowerCase();
  if (isAction) {
    const origin = headers.get("origin");
    if (origin !== null && !sameOrigin(origin, headers)) return { status: 403, message: "Forbidden" };
    if (!ACTION_CONTENT_TYPES.some((type) => contentType.startsWith(type)))
      return { status: 400, message: "Bad request" };
  }
  const limit = bodyLimitFor(pathname, isAction);
  const declared = headers.get("content-length");
  if (declared === null) {
    if (headers.has("transfer-encoding")) return { status: 411, message: "Length required" };
  } else {
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0) return { status: 400, message: "Bad request" };
    if (length > limit) return { status: 413, message: "Payload too large" };
  }
  return null;
}

/**
 * The checks every request passes before any page, route or server action sees it (run by proxy.ts):
 * a response refusing the request, or null to let it through.
 */
export async function guardRequest(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (isBadPath(url.pathname) || hasBadQuery(url.search)) return refuse(400, "Bad request");
  if (BODYLESS_METHODS.has(request.method)) return null;
  const refused = headerRefusal(request.method, url.pathname, request.headers);
  if (refused) return refuse(refused.status, refused.message);
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  if (request.headers.has("next-action") && !(await isWellFormedActionBody(request, contentType)))
    return refuse(400, "Bad request");
  return null;
}
