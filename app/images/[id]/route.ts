import { sessionUserId } from "@/lib/auth/session";
import { productMediaResponse } from "@/lib/catalog/media";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return productMediaResponse("photo", id, sessionUserId);
}
