import { categoryTypeParams, secondPage } from "@/lib/catalog/static-params";
import { CategoryView, categoryMetadata } from "../../../../category-view";

// A sample is built ahead; every other one is rendered whole on its first visit, then cached.
export const generateStaticParams = () => secondPage(categoryTypeParams());
export const generateMetadata = categoryMetadata;

export default function CategoryTypeListPage({
  params,
}: PageProps<"/[locale]/c/[slug]/type/[type]/page/[page]">) {
  return <CategoryView params={params} />;
}
