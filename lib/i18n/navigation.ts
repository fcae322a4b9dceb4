import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/**
 * For client components under a message provider (ClientMessages); server components use ./link.
 * Storefront links: `<Link href="/p/…">` points at the page in the reader's language
 * (`/zh-CN/p/…`). Links to the seller centre, admin pages and sign-in use `next/link` as they are.
 */
export const { Link } = createNavigation(routing);
