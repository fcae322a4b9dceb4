import { openApiDocument } from "@/lib/api/openapi";
import { jsonResponse } from "@/lib/api/respond";

// The document only changes with a deployment: made once per process, on the first request.
let document: ReturnType<typeof openApiDocument> | undefined;

export function GET(request: Request) {
  document ??= openApiDocument();
  return jsonResponse(request, document, "public");
}
