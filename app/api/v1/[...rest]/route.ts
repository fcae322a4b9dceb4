import { apiError } from "@/lib/api/errors";

// Any other path under /api/v1 answers in the API's error shape, not with the site's HTML 404 page.
export function GET() {
  return apiError("not_found", "No such route; see /api/v1/openapi.json.");
}
