import NextLink from "next/link";
import type { ComponentProps } from "react";
import { PREFETCH_ON_INTENT } from "@/components/navigation/intent";
import { pageLocale } from "./page-path";
import { storePath } from "./paths";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * A storefront link from a server component: `<Link href="/p/…">` points at the page in the language
 * of the page being rendered (`/zh-CN/p/…`). Unlike next-intl's Link it needs no message provider,
 * so storefront pages ship none. Client components use `Link` from ./navigation. Prefetched when a
 * buyer reaches for it, not as it scrolls into view (components/navigation/prefetch-on-intent.tsx).
 */
export async function Link({ href, ...rest }: Props) {
  const locale = await pageLocale();
  return (
    <NextLink
      href={href.startsWith("/") ? storePath(locale, href) : href}
      {...(rest.prefetch === undefined ? PREFETCH_ON_INTENT : {})}
      {...rest}
    />
  );
}
