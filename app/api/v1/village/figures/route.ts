import { operations } from "@/lib/api/operations";
import { apiGet, notFound } from "@/lib/api/route";
import { villageFigures } from "@/lib/api/village";

export const GET = apiGet(
  operations.villageFigures,
  // authenticateToken admits village:read only for an admin of a village.
  async ({ query, caller }) =>
    (await villageFigures(caller.villageId ?? "", query.period)) ?? notFound("village"),
);
