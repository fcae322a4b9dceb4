import "server-only";
import { expireCatalog, expireForStockChanges } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { publishAfterCommit } from "@/lib/events";
import { type LiveEvent, liveChannel } from "@/lib/live/channel";
import { releaseSessionPins } from "@/lib/live/pins/release";
import { tagsForSessionChange } from "./cache-tags";
import { hashStreamKey, sessionOfBrowserKey } from "./stream-key";

/**
 * The only way a session's status moves to LIVE or ENDED: the media server's callbacks
 * (app/api/internal/live/*), never a browser. SCHEDULED → LIVE when a publisher with the session's
 * key connects; LIVE → ENDED when it goes away. ENDED and CANCELLED are final, so a key is good
 * for one show: a reused key, a second publisher while live, or a key that matches nothing is refused.
 */
export type PublishOutcome =
  | { ok: true; sessionId: string }
  | { ok: false; reason: "unknown_key" | "not_scheduled" | "shop_already_live" | "shop_not_active" };

/** Which session a publish names: the seller's own key (by its hash) or the app's browser key. */
async function findByStreamName(name: string) {
  const select = { id: true, shopId: true, status: true, shop: { select: { status: true } } } as const;
  const browserSession = sessionOfBrowserKey(name);
  if (browserSession) return db.liveSession.findUnique({ where: { id: browserSession }, select });
  return db.liveSession.findUnique({ where: { streamKeyHash: hashStreamKey(name) }, select });
}

export async function startPublishing(streamName: string, now = new Date()): Promise<PublishOutcome> {
  const session = await findByStreamName(streamName);
  if (!session) return { ok: false, reason: "unknown_key" };
  // A suspended (or not yet approved) shop sells nothing, on video neither.
  if (session.shop.status !== "ACTIVE") return { ok: false, reason: "shop_not_active" };
  let moved: number;
  try {
    // The status in the WHERE is the claim: of two publishers racing with one key, one moves the row.
    moved = (
      await db.liveSession.updateMany({
        where: { id: session.id, status: "SCHEDULED" },
        data: { status: "LIVE", startedAt: now },
      })
    ).count;
  } catch (error) {
    // The partial unique index: one LIVE session per shop.
    if (isUniqueViolation(error)) return { ok: false, reason: "shop_already_live" };
    throw error;
  }
  if (moved === 0) return { ok: false, reason: "not_scheduled" };
  await announce(session, "LIVE");
  return { ok: true, sessionId: session.id };
}

/** The relay of an accepted stream (named by session id) may publish only while that session is LIVE. */
export async function isLiveSession(sessionId: string): Promise<boolean> {
  return (await db.liveSession.count({ where: { id: sessionId, status: "LIVE" } })) > 0;
}

/**
 * The publisher left (or nginx dropped it): nginx names it by the key it published with. Ends the
 * session and gives back its pins' unsold reserved stock in one transaction, once: a repeated or
 * concurrent callback finds it no longer LIVE and changes nothing.
 */
export async function endPublishing(streamName: string, now = new Date()): Promise<{ ended: boolean }> {
  const found = await findByStreamName(streamName);
  if (!found) return { ended: false };
  return endSession(found.id, now);
}

export async function endSession(sessionId: string, now = new Date()): Promise<{ ended: boolean }> {
  const result = await db.$transaction(async (tx) => {
    const ended = await tx.liveSession.updateMany({
      where: { id: sessionId, status: "LIVE" },
      data: { status: "ENDED", endedAt: now },
    });
    if (ended.count === 0) return null;
    const session = await tx.liveSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { id: true, shopId: true },
    });
    return { session, stock: await releaseSessionPins(tx, sessionId, now) };
  });
  if (!result) return { ended: false };
  await expireForStockChanges(result.stock);
  await announce(result.session, "ENDED");
  return { ended: true };
}

/** The recording has been turned into a replay (lib/live/media/replay.ts). */
export async function attachReplay(sessionId: string, replayPath: string): Promise<boolean> {
  const updated = await db.liveSession.updateMany({
    where: { id: sessionId, status: { in: ["LIVE", "ENDED"] } },
    data: { replayPath },
  });
  if (updated.count === 0) return false;
  const session = await db.liveSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { id: true, shopId: true },
  });
  await expireCatalog(tagsForSessionChange(session));
  return true;
}

async function announce(session: { id: string; shopId: string }, status: "LIVE" | "ENDED") {
  await expireCatalog(tagsForSessionChange(session));
  const event: LiveEvent = { type: "session", status };
  await publishAfterCommit([liveChannel(session.id)], event);
}
