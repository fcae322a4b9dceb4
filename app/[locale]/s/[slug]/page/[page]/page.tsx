import { secondPage, shopParams } from "@/lib/catalog/static-params";
import { ShopView, shopMetadata } from "../../shop-view";

// A sample is built ahead; every other one is rendered whole on its first visit, then cached.
export const generateStaticParams = async () => secondPage(await shopParams());
export const generateMetadata = shopMetadata;

export default function ShopListPage({ params }: PageProps<"/[locale]/s/[slug]/page/[page]">) {
  return <ShopView params={params} />;
}
