import { SellerAnnouncer } from "@/components/messages/seller-announcer";
import { SellerNav } from "@/components/seller/seller-nav";
import { currentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/messages/read";
import { countOrdersToShip } from "@/lib/seller/shop";

// Each page checks the role itself (a layout is not re-run on every navigation); this only decides
// whether to show the seller's menu.
export default async function SellerLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  const seller = user?.role === "SELLER";
  const [toShip, unread] = seller
    ? await Promise.all([countOrdersToShip(user.id), unreadCount(user.id)])
    : [0, 0];
  return (
    <>
      {seller ? <SellerNav toShip={toShip} unread={unread} /> : null}
      <main className="mx-auto max-w-3xl px-4 pt-4 pb-32 md:pt-6 md:pb-12">
        {seller ? <SellerAnnouncer /> : null}
        {children}
      </main>
    </>
  );
}
