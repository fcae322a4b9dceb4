import Link from "next/link";
import { getTranslations } from "next-intl/server";

const items = [
  { key: "overview", href: "/admin" },
  { key: "title", href: "/admin/title" },
  { key: "households", href: "/admin/households" },
  { key: "couriers", href: "/admin/couriers" },
  { key: "shops", href: "/admin/shops" },
  { key: "money", href: "/admin/money" },
  { key: "orders", href: "/admin/orders" },
  { key: "security", href: "/admin/security" },
  { key: "apiTokens", href: "/admin/api-tokens" },
] as const;

/** The admin pages, as tabs under the site header. */
export async function AdminNav({ current }: { current: (typeof items)[number]["key"] }) {
  const t = await getTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="border-b border-earth-100 bg-white">
      <div className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4">
        {items.map((item) => (
          <Link
            key={item.key}
            href={item.href}
            aria-current={item.key === current ? "page" : undefined}
            className="inline-flex min-h-12 shrink-0 items-center border-b-4 border-transparent px-4 font-semibold text-earth-700 hover:text-turquoise-700 aria-[current=page]:border-turquoise-600 aria-[current=page]:text-turquoise-700"
          >
            {t(item.key)}
          </Link>
        ))}
      </div>
    </nav>
  );
}
