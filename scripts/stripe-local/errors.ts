export type StripeErrorType = "invalid_request_error" | "idempotency_error" | "api_error" | "card_error";

/** The inside of Stripe's `{ error: { ... } }` body; the SDK picks its error class from `type` and the status. */
export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
}

/** Thrown by handlers and rendered by the router, so validation reads top to bottom without status plumbing. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

export function invalidRequest(message: string, details: { param?: string; code?: string } = {}): ApiError {
  return new ApiError(400, { type: "invalid_request_error", message, ...details });
}

/** Unknown ids: 404 for the id in the path, 400 (with `param`) for an id passed as a parameter, as Stripe does. */
export function missingResource(kind: string, id: string, param = "id"): ApiError {
  return new ApiError(param === "id" ? 404 : 400, {
    type: "invalid_request_error",
    code: "resource_missing",
    param,
    message: `No such ${kind}: '${id}'`,
  });
}
