import { clientAddress } from "@/lib/security/client-address";
import { parseCspReport, readBounded } from "@/lib/security/csp-report";
import { recordSecurityEvent } from "@/lib/security/events";

/** Browsers post Content-Security-Policy violations here (the policy's `report-uri`). */
export async function POST(request: Request) {
  const body = await readBounded(request);
  if (body === null) return new Response(null, { status: 413 });
  const violations = parseCspReport(body);
  if (!violations) return new Response(null, { status: 400 });
  const ip = clientAddress(request.headers);
  for (const violation of violations) {
    // The directive is the kind of breach; the blocked source says what (URIs without their query).
    await recordSecurityEvent("csp_violation", {
      ip,
      scope: violation.directive,
      reason: [violation.blockedUri, violation.documentUri].filter(Boolean).join(" on "),
    });
  }
  return new Response(null, { status: 204 });
}
