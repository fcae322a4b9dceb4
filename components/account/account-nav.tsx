"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Suspense, useEffect, useState } from "react";
import { subscribeUnread } from "@/components/messages/message-stream";
import { refreshAccount, useAccount } from "./account-state";
import { signOutTo } from "./sign-out";

const linkClass = "rounded-full px-3 py-1.5 text-sm font-medium hover:bg-turquoise-100";

export type AccountNavLabels = {
  cart: string;
  orders: string;
  messages: string;
  sellerCenter: string;
  admin: string;
  signIn: string;
  signUp: string;
  signOut: string;
  password: string;
};

/**
 * The header's per-visitor links, filled in on the client from /api/me so the page around them can
 * be the same for everyone. Until the answer comes, a signed-out visitor's links are shown (most
 * visitors), so nothing moves for them.
 */
export function AccountNav({
  labels,
  cartHref,
  ordersHref,
  messagesHref,
  homeHref,
}: {
  labels: AccountNavLabels;
  cartHref: string;
  ordersHref: string;
  messagesHref: string;
  homeHref: string;
}) {
  const account = useAccount();
  const role = account?.role ?? null;
  const count = account?.cartCount ?? 0;
  return (
    <>
      <Suspense fallback={null}>
        <RefreshOnNavigation />
      </Suspense>
      <Link href={cartHref} className={`${linkClass} relative`}>
        {labels.cart}
        {count > 0 && (
          <span data-testid="cart-count" className="ml-1 rounded-full bg-turquoise-700 px-2 text-white">
            {count}
          </span>
        )}
      </Link>
      {role === "BUYER" && (
        <>
          <Link href={ordersHref} className={linkClass}>
            {labels.orders}
          </Link>
          <MessagesLink href={messagesHref} label={labels.messages} atLoad={account?.unreadMessages ?? 0} />
        </>
      )}
      {role === "SELLER" && (
        <Link href="/seller" className={linkClass}>
          {labels.sellerCenter}
        </Link>
      )}
      {role === "ADMIN" && (
        <Link href="/admin" className={linkClass}>
          {labels.admin}
        </Link>
      )}
      {role ? (
        <>
          <Link href="/account/password" className={linkClass}>
            {labels.password}
          </Link>
          <button type="button" onClick={() => void signOutTo(homeHref)} className={linkClass}>
            {labels.signOut}
          </button>
        </>
      ) : (
        <>
          <Link href="/signin" className={linkClass}>
            {labels.signIn}
          </Link>
          <Link href="/signup" className={linkClass}>
            {labels.signUp}
          </Link>
        </>
      )}
    </>
  );
}

/** The buyer's messages, with the unread count kept current by the message stream. */
function MessagesLink({ href, label, atLoad }: { href: string; label: string; atLoad: number }) {
  const [unread, setUnread] = useState(atLoad);
  useEffect(() => setUnread(atLoad), [atLoad]);
  useEffect(() => subscribeUnread(setUnread), []);
  return (
    <Link href={href} className={`${linkClass} relative`}>
      {label}
      {unread > 0 && (
        <span data-testid="unread-count" className="ml-1 rounded-full bg-red-700 px-2 text-white">
          {unread}
        </span>
      )}
    </Link>
  );
}

/** Signing in, checking out and the like end on another page: ask again on every navigation. */
function RefreshOnNavigation() {
  const pathname = usePathname();
  useEffect(() => {
    if (pathname) void refreshAccount();
  }, [pathname]);
  return null;
}
