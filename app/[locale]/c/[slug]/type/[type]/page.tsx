import { categoryTypeParams } from "@/lib/catalog/static-params";
import { CategoryView, categoryMetadata } from "../../category-view";

// A sample is built ahead; every other one is rendered whole on its first visit, then cached.
export const generateStaticParams = categoryTypeParams;
export const generateMetadata = categoryMetadata;

export default function CategoryTypePage({ params }: PageProps<"/[locale]/c/[slug]/type/[type]">) {
  return <CategoryView params={params} />;
}
