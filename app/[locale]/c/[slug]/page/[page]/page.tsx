import { categoryParams, secondPage } from "@/lib/catalog/static-params";
import { CategoryView, categoryMetadata } from "../../category-view";

// A sample is built ahead; every other one is rendered whole on its first visit, then cached.
export const generateStaticParams = async () => secondPage(await categoryParams());
export const generateMetadata = categoryMetadata;

export default function CategoryListPage({ params }: PageProps<"/[locale]/c/[slug]/page/[page]">) {
  return <CategoryView params={params} />;
}
