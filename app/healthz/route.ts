import { connection } from "next/server";
import { db } from "@/lib/db/client";

/** Readiness: the server answers and the database does too. Playwright waits on this. */
export async function GET() {
  // Asked on every request, never answered from a build-time copy.
  await connection();
  await db.$queryRaw`SELECT 1`;
  return Response.json({ ok: true });
}
