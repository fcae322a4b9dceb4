import { categoryParams } from "@/lib/catalog/static-params";
import { CategoryView, categoryMetadata } from "./category-view";

// A sample is built ahead; every other one is rendered whole on its first visit, then cached.
export const generateStaticParams = categoryParams;
export const generateMetadata = categoryMetadata;

export default function CategoryPage({ params }: PageProps<"/[locale]/c/[slug]">) {
  return <CategoryView params={params} />;
}
