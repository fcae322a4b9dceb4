import { NextResponse } from "next/server";
import { readMediaCallback } from "@/lib/live/media/callback-request";
import { publishCallback } from "@/lib/live/media/callback-schemas";
import { endPublishing } from "@/lib/live/sessions/transitions";

/**
 * nginx-rtmp's on_publish_done of the ingest application, named by the key the publisher used. Ends
 * the session once; a repeat answers 200 and changes nothing (nginx ignores the answer anyway).
 */
export async function POST(request: Request) {
  const callback = await readMediaCallback(request, publishCallback);
  if (!callback.ok) return callback.response;
  const { ended } = await endPublishing(callback.data.name);
  return NextResponse.json({ ended });
}
