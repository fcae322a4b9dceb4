import type { Thing, WithContext } from "schema-dts";
import { serializeJsonLd } from "@/lib/seo/json-ld";

/** Embeds schema.org data for search engines; the serializer escapes it so no text can leave the script. */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes <, >, & and U+2028/9
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
