import { logger } from "@/lib/log";
import { parseCspReport, readBounded } from "@/lib/security/csp-report";

/** Browsers post Content-Security-Policy violations here (the policy's `report-uri`). */
export async function POST(request: Request) {
  const body = await readBounded(request);
  if (body === null) return new Response(null, { status: 413 });
  const violations = parseCspReport(body);
  if (!violations) return new Response(null, { status: 400 });
  for (const violation of violations) {
    logger.warn({ security: true, event: "csp_violation", ...violation }, "security:csp_violation");
  }
  return new Response(null, { status: 204 });
}
