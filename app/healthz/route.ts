import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Readiness: the server answers and the database does too. Playwright waits on this. */
export async function GET() {
  await db.$queryRaw`SELECT 1`;
  return Response.json({ ok: true });
}
