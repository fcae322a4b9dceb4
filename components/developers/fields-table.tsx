import type { JsonSchema } from "./document";
import { InlineText } from "./inline-text";
import { SchemaType } from "./schema-link";

export type Field = { name: string; schema: JsonSchema; required: boolean; description?: string };

// An inline object (not a named schema) is spelled out in place: `totals.netSales`, `items[].quantity`.
function inlineObject(schema: JsonSchema): { schema: JsonSchema; suffix: string } | null {
  if (schema.properties) return { schema, suffix: "" };
  if (schema.type === "array" && schema.items?.properties) return { schema: schema.items, suffix: "[]" };
  const object = (schema.anyOf ?? schema.oneOf)?.find((part) => part.properties);
  return object ? { schema: object, suffix: "" } : null;
}

export function objectFields(schema: JsonSchema, prefix = ""): Field[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const field = {
      name: prefix + name,
      schema: property,
      required: schema.required?.includes(name) ?? false,
      description: property.description,
    };
    const inline = inlineObject(property);
    if (!inline) return [field];
    const nested = objectFields(inline.schema, `${prefix}${name}${inline.suffix}.`);
    return [field, ...nested];
  });
}

/** Parameters or an object's fields: name, type, whether required, what it means. */
export function FieldsTable({
  fields,
  labels,
}: {
  fields: Field[];
  labels: { property: string; type: string; description: string; required: string };
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left">
        <thead className="text-sm text-earth-700">
          <tr>
            <th className="py-1 pr-3 font-semibold">{labels.property}</th>
            <th className="py-1 pr-3 font-semibold">{labels.type}</th>
            <th className="py-1 font-semibold">{labels.description}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-earth-100 align-top">
          {fields.map((field) => (
            <tr key={field.name}>
              <td className="py-1.5 pr-3">
                <code className="font-mono text-sm font-semibold">{field.name}</code>
                {field.required ? (
                  <span className="ml-1 text-xs text-amber-800">{labels.required}</span>
                ) : null}
              </td>
              <td className="py-1.5 pr-3">
                <SchemaType schema={field.schema} />
              </td>
              <td className="py-1.5 text-sm">
                {field.description ? <InlineText text={field.description} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
