import { type JsonSchema, referencedName, schemaAnchor, typeLabel } from "./document";

/** A schema's type, linked to the named schema it uses. */
export function SchemaType({ schema }: { schema: JsonSchema }) {
  const name = referencedName(schema);
  const label = typeLabel(schema);
  return name ? (
    <a href={`#${schemaAnchor(name)}`} className="font-mono text-sm text-turquoise-700 underline">
      {label}
    </a>
  ) : (
    <span className="font-mono text-sm">{label}</span>
  );
}
