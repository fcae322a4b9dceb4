import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { SecurityEventKind } from "@/lib/generated/prisma/client";

export const SECURITY_EVENTS_PER_PAGE = 50;
export const SECURITY_EVENT_KINDS = Object.values(SecurityEventKind);

const querySchema = z.object({
  kind: z.enum(SecurityEventKind).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});

export type SecurityEventRow = {
  id: string;
  kind: SecurityEventKind;
  createdAt: Date;
  ip: string | null;
  scope: string | null;
  reason: string | null;
  retryAfterSeconds: number | null;
  user: { name: string; email: string; role: string } | null;
};

/**
 * The village admin's recent security events, newest first: those of the village's sellers and
 * admins, and those tied to no village (visitors, buyers, reports, webhooks), which concern the whole
 * site. Events of another village's people are never shown.
 */
export async function villageSecurityEvents(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ events: SecurityEventRow[]; total: number; page: number; pageCount: number }>> {
  const guard = await loadActor(userId, ["ADMIN"]);
  if (!guard.ok) return guard;
  const parsed = querySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const villageId = guard.actor.villageId;
  if (!villageId) return fail("not_found");
  const { kind, page } = parsed.data;
  const where = { OR: [{ villageId }, { villageId: null }], ...(kind && { kind }) };
  const [events, total] = await Promise.all([
    db.securityEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SECURITY_EVENTS_PER_PAGE,
      take: SECURITY_EVENTS_PER_PAGE,
      select: {
        id: true,
        kind: true,
        createdAt: true,
        ip: true,
        scope: true,
        reason: true,
        retryAfterSeconds: true,
        user: { select: { name: true, email: true, role: true } },
      },
    }),
    db.securityEvent.count({ where }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / SECURITY_EVENTS_PER_PAGE));
  return { ok: true, data: { events, total, page, pageCount } };
}
