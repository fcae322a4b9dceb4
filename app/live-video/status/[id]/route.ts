import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/text";

/** A show's status for its page's watcher (components/live/live-status-watcher.tsx). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isRecordId(id)) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const session = await db.liveSession.findFirst({
    where: { id, shop: { status: "ACTIVE" } },
    select: { status: true, replayPath: true },
  });
  if (!session) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return NextResponse.json(
    { status: session.status, hasReplay: session.replayPath !== null },
    { headers: { "cache-control": "no-store" } },
  );
}
