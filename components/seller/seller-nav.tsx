"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { subscribeUnread } from "@/components/messages/message-stream";
import { Icon, type IconName } from "./icons";

type Item = {
  href: string;
  icon: IconName;
  label: "home" | "products" | "add" | "orders" | "messages" | "payouts";
};

const items: Item[] = [
  { href: "/seller", icon: "home", label: "home" },
  { href: "/seller/products", icon: "box", label: "products" },
  { href: "/seller/products/new", icon: "camera", label: "add" },
  { href: "/seller/orders", icon: "truck", label: "orders" },
  { href: "/seller/messages", icon: "chat", label: "messages" },
  { href: "/seller/payouts", icon: "wallet", label: "payouts" },
];

function isCurrent(pathname: string, href: string) {
  if (href === "/seller" || href === "/seller/products/new") return pathname === href;
  if (href === "/seller/products") return pathname.startsWith(href) && pathname !== "/seller/products/new";
  return pathname.startsWith(href);
}

/** The seller's six places, by picture: a bar at the thumb on a phone, a row under the header on a desktop. */
export function SellerNav({ toShip, unread: unreadAtRender }: { toShip: number; unread: number }) {
  const t = useTranslations("seller.nav");
  const pathname = usePathname();
  // Counted when the page rendered, then kept current by the message stream.
  const [unread, setUnread] = useState(unreadAtRender);
  useEffect(() => setUnread(unreadAtRender), [unreadAtRender]);
  useEffect(() => subscribeUnread(setUnread), []);
  const badge = (label: Item["label"]) => (label === "orders" ? toShip : label === "messages" ? unread : 0);
  return (
    <nav
      aria-label={t("label")}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-earth-100 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:static md:border-t-0 md:border-b"
    >
      <ul className="mx-auto grid max-w-3xl grid-cols-6">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          const add = item.label === "add";
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="group flex min-h-16 flex-col items-center justify-center gap-0.5 px-1 py-2 text-sm font-semibold text-earth-700 aria-[current=page]:text-turquoise-700 md:flex-row md:gap-2 md:text-base"
              >
                <span
                  className={`relative flex h-10 w-10 items-center justify-center rounded-2xl ${
                    add
                      ? "bg-turquoise-700 text-white shadow-md group-hover:bg-turquoise-600"
                      : "group-hover:bg-turquoise-50 group-aria-[current=page]:bg-turquoise-100"
                  }`}
                >
                  <Icon name={item.icon} className="h-7 w-7" />
                  {badge(item.label) > 0 ? (
                    <span
                      data-testid={`nav-badge-${item.label}`}
                      className="absolute -top-1.5 -right-2.5 min-w-6 rounded-full bg-red-600 px-1.5 text-center text-sm leading-6 font-bold text-white ring-2 ring-white"
                    >
                      {badge(item.label)}
                    </span>
                  ) : null}
                </span>
                <span>{t(item.label)}</span>
                {item.label === "orders" && toShip > 0 ? (
                  <span className="sr-only">{t("toShip", { count: toShip })}</span>
                ) : null}
                {item.label === "messages" && unread > 0 ? (
                  <span className="sr-only">{t("unread", { count: unread })}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
