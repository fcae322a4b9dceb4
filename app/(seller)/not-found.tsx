import { NotFoundView } from "@/components/layout/not-found-view";
import { SiteHeader } from "@/components/layout/site-header";

export default function SellerNotFound() {
  return (
    <>
      <SiteHeader />
      <NotFoundView />
    </>
  );
}
