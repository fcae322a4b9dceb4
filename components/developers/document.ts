import { openApiDocument } from "@/lib/api/openapi";

// The parts of the OpenAPI document the reference page shows, as plain JSON types.

export type JsonSchema = {
  type?: string | string[];
  $ref?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
};

export type Parameter = {
  in: "query" | "path";
  name: string;
  required?: boolean;
  description?: string;
  schema: JsonSchema;
};

export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security: { token?: string[] }[];
  parameters?: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
};

export type ReferenceDocument = {
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, JsonSchema> };
};

/** The served document, read as the page needs it (it is plain JSON: what /api/v1/openapi.json sends). */
export function referenceDocument(): ReferenceDocument {
  return JSON.parse(JSON.stringify(openApiDocument())) as ReferenceDocument;
}

export const schemaName = (ref: string) => ref.replace("#/components/schemas/", "");
export const schemaAnchor = (name: string) => `schema-${name}`;

/** A schema's type in a few words: `Money`, `string (date-time)`, `"CNY"`, `ProductCard[]`, `string | null`. */
export function typeLabel(schema: JsonSchema): string {
  if (schema.$ref) return schemaName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeLabel).join(" | ");
  if (schema.type === "array") return `${schema.items ? typeLabel(schema.items) : "unknown"}[]`;
  const types = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  // zod writes the safe-integer bounds onto every integer, and a regex beside every date-time format:
  // true, but noise to a reader.
  const bounded = (value: number | undefined) =>
    value !== undefined && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;
  const [low, high] = [bounded(schema.minimum), bounded(schema.maximum)];
  const range =
    low !== undefined && high !== undefined ? `${low}–${high}` : low !== undefined ? `≥ ${low}` : undefined;
  const details = [
    schema.format,
    range,
    schema.maxLength !== undefined ? `≤ ${schema.maxLength} chars` : undefined,
    schema.pattern && !schema.format ? `/${schema.pattern}/` : undefined,
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : undefined,
  ].filter(Boolean);
  return details.length > 0 ? `${types} (${details.join(", ")})` : types;
}

/** The named schema a type points at, for a link (the first one in a union or array). */
export function referencedName(schema: JsonSchema): string | undefined {
  if (schema.$ref) return schemaName(schema.$ref);
  if (schema.items) return referencedName(schema.items);
  for (const part of schema.anyOf ?? schema.oneOf ?? []) {
    const name = referencedName(part);
    if (name) return name;
  }
  return undefined;
}
