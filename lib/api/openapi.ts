import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { apiErrorSchema } from "./errors";
import { operations } from "./operations";
import { API_SCOPES } from "./scopes";

const errorContent = { "application/json": { schema: apiErrorSchema } };
const error = (description: string) => ({ description, content: errorContent });
const etag = {
  description: "Strong validator of the body: send it back as If-None-Match.",
  schema: { type: "string" },
} as const;

function operationObject(
  name: string,
  operation: (typeof operations)[keyof typeof operations],
): ZodOpenApiOperationObject {
  const scope = "scope" in operation ? operation.scope : undefined;
  return {
    operationId: name,
    summary: operation.summary,
    description: scope
      ? `${operation.description}\n\nNeeds a personal API token with \`${scope}\`.`
      : operation.description,
    tags: [operation.tag],
    requestParams: {
      query: operation.query,
      ...("params" in operation ? { path: operation.params } : {}),
    },
    ...(scope ? { security: [{ token: [scope] }] } : { security: [] }),
    responses: {
      "200": {
        description: "OK",
        headers: {
          ETag: etag,
          "Cache-Control": {
            description: scope ? "private, no-cache" : "public, max-age=60",
            schema: { type: "string" },
          },
        },
        content: { "application/json": { schema: operation.response } },
      },
      "304": {
        description: "Not modified: the If-None-Match ETag is still current.",
        headers: { ETag: etag },
      },
      "400": error("A query parameter or cursor is malformed."),
      ...(scope
        ? {
            "401": error("No token, a malformed one, an unknown or a revoked one."),
            "403": error(
              "The token lacks the scope, its owner no longer has the role, or the seller's shop is not open.",
            ),
          }
        : {}),
      ...("params" in operation ? { "404": error("Nothing on sale under this id.") } : {}),
      "429": {
        ...error("Too many requests from this address or with this token."),
        headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
      },
      "500": error("Our failure; try again later."),
    },
  };
}

function paths(): ZodOpenApiPathsObject {
  return Object.fromEntries(
    Object.entries(operations).map(([name, operation]) => [
      operation.path,
      { get: operationObject(name, operation) },
    ]),
  );
}

/** The OpenAPI 3.1 document of /api/v1, generated from the schemas the routes parse and answer with. */
export function openApiDocument(serverUrl = "/api/v1") {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Xiaying Village Market API",
      version: "1.0.0",
      description: [
        "The open API of the Xiaying village marketplace (下营村电商集市).",
        "",
        "- **Catalog** routes are public and cacheable: every answer carries a strong `ETag`; send it back as `If-None-Match` for a `304`.",
        "- **Seller** and **Village** routes need a personal API token (`Authorization: Bearer xy_…`), made in the seller centre (`/seller/api-tokens`) or the admin pages (`/admin/api-tokens`). Its scopes: " +
          API_SCOPES.map((scope) => `\`${scope}\``).join(", ") +
          ".",
        "- Money is always `{ amountFen, currency }`: integer fen (1 yuan = 100 fen), currency `CNY`. Times are ISO 8601 in UTC; the village's days and months are Beijing time.",
        "- Lists are newest first and paged by an opaque `cursor` (`nextCursor` of the previous page, null on the last) and `limit` (1–100).",
        '- Every error is `{ "error": { "code", "message" } }`. Limits: 300 requests a minute per address, 120 per token; over them `429` with `Retry-After`.',
      ].join("\n"),
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "Catalog", description: "What buyers see: public, no token." },
      { name: "Seller", description: "A seller's own shop: `seller:read`." },
      { name: "Village", description: "The village admin's figures: `village:read`." },
    ],
    paths: paths(),
    components: {
      securitySchemes: {
        token: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token, `xy_` and 43 characters; shown once when made.",
        },
      },
    },
  });
}
