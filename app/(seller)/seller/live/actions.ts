"use server";

import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { type ScheduledSession, scheduleSession } from "@/lib/live/sessions/schedule";
import { cancelSession, regenerateStreamKey } from "@/lib/live/sessions/seller-actions";
import { throttleAction } from "@/lib/security/request";

export type ScheduleState = ActionResult<ScheduledSession> | null;

/** The new-show form: products by photo, a time, maybe a cover photo and a title. */
export async function scheduleShowAction(_state: ScheduleState, formData: FormData): Promise<ScheduleState> {
  const userId = await sessionUserId();
  // A cover photo may travel with it: each save counts as an upload.
  const throttled = await throttleAction("upload", userId);
  if (throttled) return throttled;
  const cover = formData.get("cover");
  return scheduleSession(userId, {
    title: formData.get("title") ?? undefined,
    scheduledAt: formData.get("scheduledAt") ?? undefined,
    productIds: formData.getAll("productIds"),
    cover: cover instanceof Blob && cover.size > 0 ? cover : undefined,
  });
}

export async function regenerateKeyAction(sessionId: string): Promise<ActionResult<{ streamKey: string }>> {
  return regenerateStreamKey(await sessionUserId(), sessionId);
}

export async function cancelShowAction(sessionId: string): Promise<ActionResult> {
  return cancelSession(await sessionUserId(), sessionId);
}
