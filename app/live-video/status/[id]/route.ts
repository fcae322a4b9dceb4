import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";

/** A show's status for its page's watcher (components/live/live-status-watcher.tsx). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) return NextResponse.json({ error: "not_found" }, { status: 404 });
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
