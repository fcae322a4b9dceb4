import { parseSearchParams } from "@/lib/search/params";
import { SearchView, searchPageMetadata } from "./search-view";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = searchPageMetadata;

// Only searches too long for a cache key reach this page (lib/search/page-key.ts); the proxy sends
// every other one to ./[query], served from the page cache. Rendered whole per request from the
// query: a streamed shell would show a browser without JavaScript only its placeholder.
export const instant = false;

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView search={parseSearchParams(await searchParams)} />;
}
