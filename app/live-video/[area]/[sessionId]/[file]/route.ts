import { hlsFileResponse } from "@/lib/live/media/hls-files";

/** A live show's or a replay's HLS playlist and fragments (lib/live/media/hls-files.ts). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ area: string; sessionId: string; file: string }> },
) {
  const { area, sessionId, file } = await params;
  return hlsFileResponse(area, sessionId, file);
}
