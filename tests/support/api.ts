// Calling the /api/v1 route handlers as Next does, and checking answers against the served OpenAPI
// document with a JSON Schema 2020-12 validator (the dialect OpenAPI 3.1 uses).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";

type Handler = (request: Request, route: { params: Promise<unknown> }) => Promise<Response>;

let address = 0;
/** A client address of its own, so one test's calls do not spend another's per-address limit. */
export const freshAddress = () => `198.51.100.${++address % 250}-${process.hrtime.bigint()}`;

export type CallOptions = {
  token?: string;
  authorization?: string;
  ifNoneMatch?: string;
  ip?: string;
  params?: Record<string, string>;
};

/** GET `pathAndQuery` (from /api/v1) on `handler`, from one client address unless told otherwise. */
export async function call(handler: Handler, pathAndQuery: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { [PEER_ADDRESS_HEADER]: options.ip ?? freshAddress() };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  if (options.ifNoneMatch) headers["if-none-match"] = options.ifNoneMatch;
  const request = new Request(`http://localhost/api/v1${pathAndQuery}`, { headers });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

let validator: Ajv2020 | undefined;
const DOCUMENT_ID = "https://xiaying.test/api/v1/openapi.json";

async function servedDocument() {
  if (validator) return validator;
  const response = await openApiRoute(new Request("http://localhost/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  const document = (await response.json()) as Record<string, unknown>;
  expect(document.openapi).toBe("3.1.0");
  // The document's keywords beside the schemas (paths, info…) are not JSON Schema: not strict.
  validator = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(validator);
  validator.addSchema({ ...document, $id: DOCUMENT_ID });
  return validator;
}

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/**
 * The body of `response`, after checking it is what the served document says `path` answers with
 * this status (its schema, or the error schema for a refusal).
 */
export async function expectDocumented(path: string, response: Response): Promise<unknown> {
  const ajv = await servedDocument();
  const body: unknown = await response.json();
  const ref = `${DOCUMENT_ID}#/${pointer("paths", path, "get", "responses", String(response.status), "content", "application/json", "schema")}`;
  const validate = ajv.getSchema(ref);
  expect(validate, `the document describes ${response.status} of ${path}`).toBeDefined();
  const valid = validate?.(body);
  expect(valid, JSON.stringify(validate?.errors?.slice(0, 3))).toBe(true);
  return body;
}

/** A refusal in the documented error shape with this status and code. */
export async function expectRefusal(path: string, response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = (await expectDocumented(path, response)) as { error: { code: string } };
  expect(body.error.code).toBe(code);
  expect(response.headers.get("content-type")).toContain("application/json");
}
