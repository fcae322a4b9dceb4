import "server-only";
import { db } from "@/lib/db/client";
import { visibleProduct } from "./visibility";

/**
 * A voice note by id, for buyers: only while its product is one they may see (active, in an active
 * shop). A new recording is a new row, so a note never changes under its id.
 */
export async function getVisibleVoiceNote(id: string) {
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return null;
  return db.productVoiceNote.findFirst({
    where: { id, product: visibleProduct },
    select: { data: true, mimeType: true },
  });
}
