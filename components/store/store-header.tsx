import { SiteHeader } from "@/components/layout/site-header";
import { readCartOwner } from "@/lib/cart/cookie";
import { getCartCount } from "@/lib/cart/read";

/** The site header with the visitor's cart count (0 for shop and admin accounts). */
export async function StoreHeader() {
  const count = await getCartCount(await readCartOwner());
  return <SiteHeader cartCount={count} />;
}
