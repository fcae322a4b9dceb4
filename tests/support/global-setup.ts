import type { TestProject } from "vitest/node";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Every Vitest run gets its own migrated database, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase("vitest");
  project.provide("databaseUrl", database.url);
  return database.drop;
}
