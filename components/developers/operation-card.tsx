import type { Operation } from "./document";
import { FieldsTable } from "./fields-table";
import { Description } from "./inline-text";
import { SchemaType } from "./schema-link";

export type ReferenceLabels = {
  query: string;
  path: string;
  responses: string;
  public: string;
  needsToken: (scope: string) => string;
  property: string;
  type: string;
  description: string;
  required: string;
};

/** One route: its method and path, who may call it, its parameters and every answer it can give. */
export function OperationCard({
  path,
  operation,
  labels,
}: {
  path: string;
  operation: Operation;
  labels: ReferenceLabels;
}) {
  const scope = operation.security.find((requirement) => requirement.token)?.token?.[0];
  const parameters = operation.parameters ?? [];
  const groups = (["path", "query"] as const)
    .map((place) => ({ place, fields: parameters.filter((parameter) => parameter.in === place) }))
    .filter((group) => group.fields.length > 0);
  return (
    <article
      id={operation.operationId}
      className="space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="rounded-md bg-turquoise-700 px-2 py-0.5 font-mono text-sm font-bold text-white">
          GET
        </span>
        <h3 className="font-mono text-lg font-semibold break-all">/api/v1{path}</h3>
        <span
          className={`rounded-full px-3 py-0.5 text-sm font-semibold ${scope ? "bg-amber-100 text-amber-900" : "bg-turquoise-50 text-turquoise-800"}`}
        >
          {scope ? labels.needsToken(scope) : labels.public}
        </span>
      </header>
      <p className="font-semibold">{operation.summary}</p>
      <Description text={operation.description} />
      {groups.map((group) => (
        <section key={group.place} className="space-y-1">
          <h4 className="font-semibold text-earth-700">
            {group.place === "path" ? labels.path : labels.query}
          </h4>
          <FieldsTable
            labels={labels}
            fields={group.fields.map((parameter) => ({
              name: parameter.name,
              schema: parameter.schema,
              required: parameter.required ?? false,
              description: parameter.description,
            }))}
          />
        </section>
      ))}
      <section className="space-y-1">
        <h4 className="font-semibold text-earth-700">{labels.responses}</h4>
        <ul className="space-y-1">
          {Object.entries(operation.responses).map(([status, response]) => {
            const schema = response.content?.["application/json"]?.schema;
            return (
              <li key={status} className="flex flex-wrap items-baseline gap-x-3">
                <code
                  className={`font-mono font-bold ${status.startsWith("2") || status === "304" ? "text-turquoise-800" : "text-red-800"}`}
                >
                  {status}
                </code>
                <span className="text-sm">{response.description}</span>
                {schema ? <SchemaType schema={schema} /> : null}
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
