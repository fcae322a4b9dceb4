import { NextResponse } from "next/server";
import { readMediaCallback } from "@/lib/live/media/callback-request";
import { recordDoneCallback } from "@/lib/live/media/callback-schemas";
import { makeReplay } from "@/lib/live/media/replay";

/** nginx-rtmp's on_record_done: the show's recording is closed; turn it into the replay. */
export async function POST(request: Request) {
  const callback = await readMediaCallback(request, recordDoneCallback);
  if (!callback.ok) return callback.response;
  const replay = await makeReplay(callback.data.name, callback.data.path);
  if (!replay.ok) return NextResponse.json({ error: replay.error }, { status: replay.status });
  return NextResponse.json({ replayPath: replay.replayPath });
}
