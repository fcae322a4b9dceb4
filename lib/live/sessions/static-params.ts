import "server-only";
import { db } from "@/lib/db/client";

// A route needs one sample to be built static; with no show yet, a placeholder renders the 404 page.
const PLACEHOLDER = "_";

/** The shows built ahead (live and upcoming); every other one is rendered on its first visit, then cached. */
export async function liveSessionParams() {
  const sessions = await db.liveSession.findMany({
    where: { status: { in: ["LIVE", "SCHEDULED"] }, shop: { status: "ACTIVE" } },
    orderBy: { scheduledAt: "asc" },
    take: 12,
    select: { id: true },
  });
  return sessions.length > 0 ? sessions : [{ id: PLACEHOLDER }];
}
