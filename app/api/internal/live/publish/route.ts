import { NextResponse } from "next/server";
import { readMediaCallback } from "@/lib/live/media/callback-request";
import { publishCallback } from "@/lib/live/media/callback-schemas";
import { INGEST_APP, SHOW_APP } from "@/lib/live/media/nginx-config";
import { isLiveSession, startPublishing } from "@/lib/live/sessions/transitions";

const REFUSAL_STATUS = {
  unknown_key: 403,
  shop_not_active: 403,
  not_scheduled: 409,
  shop_already_live: 409,
} as const;

/**
 * nginx-rtmp's on_publish: a 2xx/3xx lets the stream in, anything else drops it. The answer is a
 * redirect to the session's id, which nginx takes as the stream's new name for its relay to the
 * `show` application, so the HLS files and the recording are named by session and the secret key
 * never appears in a playback URL.
 */
export async function POST(request: Request) {
  const callback = await readMediaCallback(request, publishCallback);
  if (!callback.ok) return callback.response;
  const { app, name } = callback.data;
  // nginx's own relay of a stream accepted below, now named by its session id.
  if (app === SHOW_APP) {
    return (await isLiveSession(name))
      ? NextResponse.json({ ok: true })
      : NextResponse.json({ error: "not_live" }, { status: 403 });
  }
  if (app !== INGEST_APP) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const outcome = await startPublishing(name);
  if (!outcome.ok)
    return NextResponse.json({ error: outcome.reason }, { status: REFUSAL_STATUS[outcome.reason] });
  return new Response(null, { status: 302, headers: { location: outcome.sessionId } });
}
