import { shopParams } from "@/lib/catalog/static-params";
import { ShopView, shopMetadata } from "./shop-view";

// A sample is built ahead; every other one is rendered whole on its first visit, then cached.
export const generateStaticParams = shopParams;
export const generateMetadata = shopMetadata;

export default function ShopPage({ params }: PageProps<"/[locale]/s/[slug]">) {
  return <ShopView params={params} />;
}
