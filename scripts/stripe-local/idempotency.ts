import { createHash } from "node:crypto";
import { ApiError, invalidRequest } from "./errors";
import { own, type State } from "./store";

/** A saved answer to a POST, replayed byte for byte when the same key comes again. */
export interface IdempotencyRecord {
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: string;
  requestId: string;
  savedAtMs: number;
}

export interface IdempotentRequest {
  method: string;
  path: string;
  fingerprint: string;
}

/** Stripe forgets keys after 24 hours. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const KEY_MAX_LENGTH = 255;

/** Keys belong to one API key; the secret itself is hashed so the state file never holds it. */
export function idempotencyScope(apiKey: string, key: string): string {
  if (key.length > KEY_MAX_LENGTH) {
    throw invalidRequest(`Idempotency-Key must be at most ${KEY_MAX_LENGTH} characters long.`);
  }
  return `${createHash("sha256").update(apiKey).digest("hex").slice(0, 16)}:${key}`;
}

/** Parameters as a string that does not depend on key order. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/** The saved answer to replay, or null to run the request; a key reused for something else is an error. */
export function findReplay(
  state: State,
  scope: string,
  key: string,
  request: IdempotentRequest,
): IdempotencyRecord | null {
  const record = own(state.idempotency, scope);
  if (!record || Date.now() - record.savedAtMs > KEY_LIFETIME_MS) return null;
  const tryAnother = `Try using a key other than '${key}' if you meant to execute a different request.`;
  if (record.method !== request.method || record.path !== request.path) {
    throw new ApiError(400, {
      type: "idempotency_error",
      message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${record.method} ${record.path}' vs '${request.method} ${request.path}'). ${tryAnother}`,
    });
  }
  if (record.fingerprint !== request.fingerprint) {
    throw new ApiError(400, {
      type: "idempotency_error",
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. ${tryAnother}`,
    });
  }
  return record;
}

/**
 * Like Stripe, only answers from requests that ran are kept: successes and declines (402). A request
 * refused by validation changed nothing, so the same key may be used again once the caller fixes it.
 */
export function shouldRemember(status: number): boolean {
  return status < 400 || status === 402;
}

export function forgetExpiredKeys(state: State): void {
  const oldest = Date.now() - KEY_LIFETIME_MS;
  for (const [scope, record] of Object.entries(state.idempotency)) {
    if (record.savedAtMs < oldest) delete state.idempotency[scope];
  }
}
