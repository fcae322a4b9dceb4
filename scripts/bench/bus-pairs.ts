// What the bus latency benches (message-latency.ts, live-pin-latency.ts) share: two "app instances"
// in one process for each transport (the bus one instance publishes on, the bus another instance's
// viewer hears), and the teardown of both and of the process's database pool. Import it after
// DATABASE_URL is set: the database client reads it when first loaded.
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export async function busPairs(databaseUrl: string) {
  const { MemoryBus } = await import("@/lib/events/memory-bus");
  const { RedisBus } = await import("@/lib/events/redis-bus");
  const { PostgresBus } = await import("@/lib/events/postgres-bus");
  const { db, pool } = await import("@/lib/db/client");
  const notify = (sql: string, values: unknown[]) => pool.query(sql, values);
  const memory = new MemoryBus();
  const pairs = {
    memory: [memory, memory],
    redis: [new RedisBus(REDIS_URL), new RedisBus(REDIS_URL)],
    postgres: [new PostgresBus(databaseUrl, notify), new PostgresBus(databaseUrl, notify)],
  } as const;
  const close = async () => {
    for (const [first, second] of Object.values(pairs)) {
      await first.close();
      await second.close();
    }
    await db.$disconnect();
    await pool.end();
  };
  return { pairs, close };
}
