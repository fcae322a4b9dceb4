import { z } from "zod";

// A page of a list ends where the next begins: the last row's (createdAt, id), newest first. The
// cursor is that pair, base64url-encoded so callers treat it as opaque and we may change it.
const positionSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(40)]);

export type Position = { createdAt: Date; id: string };

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString("base64url");
}

/** The position a cursor points at, or null when it is not one of ours. */
export function decodeCursor(cursor: string): Position | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  try {
    const parsed = positionSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? { createdAt: new Date(parsed.data[0]), id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** Rows after `position` in (createdAt desc, id desc) order, for a Prisma `where`. */
export function after(position: Position | undefined) {
  if (!position) return {};
  return {
    OR: [
      { createdAt: { lt: position.createdAt } },
      { createdAt: position.createdAt, id: { lt: position.id } },
    ],
  };
}

export const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;

/**
 * One page from `limit + 1` rows read: the extra row only says whether there is a next page, whose
 * cursor is the last row shown.
 */
export function page<T extends Position>(rows: T[], limit: number): { rows: T[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
