import { notFound } from "next/navigation";

/** Any other storefront path: the storefront's own 404 page, in the URL's language. */
export default function UnknownStorefrontPage() {
  notFound();
}
