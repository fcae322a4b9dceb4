import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { referenceDocument, schemaAnchor } from "@/components/developers/document";
import { FieldsTable, objectFields } from "@/components/developers/fields-table";
import { Description } from "@/components/developers/inline-text";
import { OperationCard, type ReferenceLabels } from "@/components/developers/operation-card";
import { SchemaType } from "@/components/developers/schema-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developers.reference"))("title") };
}

/**
 * The open API's reference, drawn on the server from the same OpenAPI document /api/v1/openapi.json
 * serves: no script, so the storefront's CSP holds as it is, and it is prerendered in both languages.
 * The document's own words are English, as developers read them; the page's headings follow the URL.
 */
export default async function DevelopersPage() {
  const t = await getTranslations("developers.reference");
  const document = referenceDocument();
  const labels: ReferenceLabels = {
    query: t("query"),
    path: t("path"),
    responses: t("responses"),
    public: t("public"),
    needsToken: (scope) => t("needsToken", { scope }),
    property: t("property"),
    type: t("type"),
    description: t("description"),
    required: t("required"),
  };
  const operations = Object.entries(document.paths).map(([path, item]) => ({ path, operation: item.get }));
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg text-earth-700">{t("intro")}</p>
        <p className="text-sm text-earth-700">
          {document.info.title} · v{document.info.version} ·{" "}
          <a href="/api/v1/openapi.json" className="font-semibold text-turquoise-700 underline">
            {t("download")}
          </a>
        </p>
        <Description text={document.info.description} />
      </header>
      <nav aria-label={t("title")} className="flex flex-wrap gap-2">
        {operations.map(({ path, operation }) => (
          <a
            key={path}
            href={`#${operation.operationId}`}
            className="rounded-full bg-white px-3 py-1 font-mono text-sm ring-1 ring-earth-100 hover:ring-turquoise-500"
          >
            {path}
          </a>
        ))}
      </nav>
      {document.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="space-y-4">
          <div>
            <h2 id={`tag-${tag.name}`} className="text-2xl font-bold">
              {tag.name}
            </h2>
            <Description text={tag.description} />
          </div>
          {operations
            .filter(({ operation }) => operation.tags.includes(tag.name))
            .map(({ path, operation }) => (
              <OperationCard key={path} path={path} operation={operation} labels={labels} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-2xl font-bold">
          {t("schemas")}
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <article
            key={name}
            id={schemaAnchor(name)}
            className="scroll-mt-20 space-y-2 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
          >
            <h3 className="font-mono text-lg font-semibold">{name}</h3>
            {schema.description ? <Description text={schema.description} /> : null}
            {schema.properties ? (
              <FieldsTable labels={labels} fields={objectFields(schema)} />
            ) : (
              <SchemaType schema={schema} />
            )}
          </article>
        ))}
      </section>
    </main>
  );
}
