import { z } from "zod";

/** Every refusal of /api/v1 has this one shape, whatever the status. */
export const API_ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "rate_limited",
  "internal",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().meta({ description: "For a developer reading it; may change, unlike `code`." }),
    }),
  })
  .meta({ id: "Error", description: "Every error: 400, 401, 403, 404, 429 and 500." });

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  internal: 500,
};

export function apiError(
  code: ApiErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, {
    status: STATUS[code],
    headers: { "cache-control": "no-store", ...headers },
  });
}

/** The proxy's refusal of a malformed request (lib/http/request-guard.ts), in the API's shape. */
export function apiRefusal(status: number): Response {
  if (status === 403) return apiError("forbidden", "Forbidden.");
  return apiError("bad_request", "The request's path or query holds characters no parameter accepts.");
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api/v1" || pathname.startsWith("/api/v1/");
}
