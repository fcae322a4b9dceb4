import { notFound } from "next/navigation";
import { EVERYTHING_KEY, searchParamsFromKey } from "@/lib/search/page-key";
import { SearchView, searchPageMetadata } from "../search-view";

// Buyers ask for `/zh-CN/search?q=…`; the proxy rewrites it to this path under the parsed search's
// key (lib/search/page-key.ts). The list of everything is built ahead; every other search is rendered
// whole on its first visit (so it works without JavaScript) and served from the page cache after,
// until a write expires its results' tags or their minute runs out (cacheLife "search").
export function generateStaticParams() {
  return [{ query: EVERYTHING_KEY }];
}

export const generateMetadata = searchPageMetadata;

export default async function SearchKeyPage({ params }: PageProps<"/[locale]/search/[query]">) {
  // The proxy lets only keys it writes through; anything else is not a search.
  const search = searchParamsFromKey((await params).query);
  if (!search) notFound();
  return <SearchView search={search} />;
}
