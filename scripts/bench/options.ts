// Command-line options shared by `npm run bench` and `npm run lighthouse`.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { DEFAULT_PREFIX } from "./routes";
import type { ServerOptions } from "./server";

const SERVER_OPTIONS = {
  prefix: { type: "string", default: DEFAULT_PREFIX },
  port: { type: "string", default: "3300" },
  products: { type: "string", default: "0" },
  "in-place": { type: "boolean", default: false },
  build: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} satisfies ParseArgsConfig["options"];

export const SERVER_USAGE = `  --prefix=/zh-CN   put in front of every storefront path ("--prefix=" for unprefixed URLs)
  --port=3300       the production server's port
  --products=N      add N products with scripts/bench/seed-products.ts
  --in-place        use DATABASE_URL as it is (no throwaway copy, no migration, no demo data)
  --build           rebuild even when the sources did not change`;

export function positiveInteger(name: string, text: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new Error(`--${name} must be a whole number${allowZero ? "" : " above 0"}, not "${text}"`);
  }
  return value;
}

type Values = Record<string, string | boolean | undefined>;

export function parseOptions(extra: NonNullable<ParseArgsConfig["options"]>, usage: string) {
  const values = parseArgs({ options: { ...SERVER_OPTIONS, ...extra }, strict: true }).values as Values;
  if (values.help) {
    console.log(`${usage}\n${SERVER_USAGE}`);
    process.exit(0);
  }
  const prefix = String(values.prefix);
  if (prefix && !/^\/[A-Za-z-]+$/.test(prefix)) {
    throw new Error(`--prefix must look like /zh-CN (or be empty), not "${prefix}"`);
  }
  const server: ServerOptions = {
    port: positiveInteger("port", String(values.port)),
    products: positiveInteger("products", String(values.products), true),
    inPlace: Boolean(values["in-place"]),
    forceBuild: Boolean(values.build),
  };
  return { prefix, server, values };
}
