import { openApiDocument } from "@/lib/api/openapi";
import { jsonResponse } from "@/lib/api/respond";

export function GET(request: Request) {
  return jsonResponse(request, openApiDocument(), "public");
}
