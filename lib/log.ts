import "server-only";
import pino from "pino";

/**
 * The server's structured JSON log. Secrets never reach it: the redact paths blank any field that
 * could carry a password, token or cookie even if a caller passes one by mistake.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "xiaying-market" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "cookie",
      "*.cookie",
      "headers.cookie",
      "headers.authorization",
      "sessionToken",
    ],
    censor: "[redacted]",
  },
});

export type SecurityEventKind =
  | "sign_in_failed"
  | "sign_in_throttled"
  | "sign_in_succeeded"
  | "signed_out"
  | "session_refused"
  | "sessions_ended"
  | "throttled"
  | "action_refused"
  | "webhook_signature_invalid"
  | "csp_violation"
  | "password_changed";

export type SecurityEventFields = {
  userId?: string | null;
  /** The client's address as `clientAddress` sees it. */
  ip?: string | null;
  /** Which limit or action: "sign_in", "sign_up", "checkout", "upload"… */
  scope?: string;
  reason?: string;
  retryAfterSeconds?: number;
  email?: string;
};

/** One line per security event, at `warn` so it survives an `info`-filtered log shipper. */
export function logSecurityEvent(kind: SecurityEventKind, fields: SecurityEventFields = {}) {
  logger.warn({ security: true, event: kind, ...fields }, `security:${kind}`);
}
