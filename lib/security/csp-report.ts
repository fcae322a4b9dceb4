import "server-only";

/** A report is a few hundred bytes; anything much larger is not a browser's report. */
export const MAX_CSP_REPORT_BYTES = 8 * 1024;
const MAX_FIELD_CHARS = 300;

export type CspViolation = {
  documentUri?: string;
  directive?: string;
  blockedUri?: string;
  sourceFile?: string;
  line?: number;
  disposition?: string;
};

/** Reads at most `limit` bytes of the body; null when it is longer (the rest is never read). */
export async function readBounded(request: Request, limit = MAX_CSP_REPORT_BYTES): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

// Query strings and fragments can carry tokens: a logged URI keeps its origin and path only.
function uri(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`.slice(0, MAX_FIELD_CHARS);
  } catch {
    // "inline", "eval", "self": keywords, not URLs.
    return value.slice(0, 40);
  }
}

const text = (value: unknown) => (typeof value === "string" ? value.slice(0, MAX_FIELD_CHARS) : undefined);

/**
 * The violations in a report body: the `report-uri` form (`{"csp-report": {...}}`, kebab-case) or the
 * Reporting API form (an array of `{type: "csp-violation", body: {...}}`, camelCase). Null when the
 * body is neither.
 */
export function parseCspReport(body: string): CspViolation[] | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const raw: unknown[] = Array.isArray(json)
    ? json.filter((r) => r?.type === "csp-violation").map((r) => r.body)
    : json && typeof json === "object" && "csp-report" in json
      ? [json["csp-report"]]
      : [];
  const violations = raw
    .filter((r): r is Record<string, unknown> => Boolean(r) && typeof r === "object")
    .slice(0, 10)
    .map((r) => ({
      documentUri: uri(r["document-uri"] ?? r.documentURL),
      directive: text(r["effective-directive"] ?? r.effectiveDirective ?? r["violated-directive"]),
      blockedUri: uri(r["blocked-uri"] ?? r.blockedURL),
      sourceFile: uri(r["source-file"] ?? r.sourceFile),
      line: Number.isInteger(r["line-number"] ?? r.lineNumber)
        ? Number(r["line-number"] ?? r.lineNumber)
        : undefined,
      disposition: text(r.disposition),
    }));
  return violations.length > 0 ? violations : null;
}
