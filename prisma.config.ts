// Prisma CLI config: the offline recipe from shared/design/TOOLCHAIN.md (JS schema engine via
// the pg driver adapter; the shadow database handled here because adapter-pg 6.19.3 gets it wrong).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { defineConfig } from "prisma/config";

function connectionFields(url: string, database?: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database: database ?? parsed.pathname.slice(1),
    max: 1,
  };
}

const configuredUrl = process.env.DATABASE_URL;
// schema.prisma names env("DATABASE_URL") so the CLI reads the schema offline; `prisma generate`
// never connects, so a placeholder is enough for it.
process.env.DATABASE_URL ??= "postgresql://unset@127.0.0.1:5432/unset";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = configuredUrl;
    if (!url) throw new Error("DATABASE_URL is not set (npm start and npm test set it for you)");
    const factory = new PrismaPg(connectionFields(url));
    factory.connectToShadowDb = async () => {
      const name = `shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new Pool(connectionFields(url));
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = new PrismaPg(connectionFields(url, name));
      const adapter = await shadow.connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      };
      return adapter;
    };
    return factory;
  },
});
