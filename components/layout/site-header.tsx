import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

const linkClass = "rounded-full px-3 py-1.5 text-sm font-medium hover:bg-turquoise-100";

/** The top bar on every page: the links a visitor of each role needs, and the language switch. */
export async function SiteHeader({ cartCount }: { cartCount?: number }) {
  const [t, user] = await Promise.all([getTranslations("common"), currentUser()]);
  return (
    <header className="sticky top-0 z-20 border-b border-earth-100 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2">
        <Link href="/" className="mr-auto flex items-center gap-2 text-lg font-bold text-turquoise-700">
          <span
            aria-hidden="true"
            className="inline-block h-6 w-6 rounded-full bg-turquoise-500 ring-4 ring-turquoise-100"
          />
          {t("siteName")}
        </Link>
        <nav aria-label={t("nav.mainNavigation")} className="flex flex-wrap items-center gap-1">
          <Link href="/cart" className={linkClass}>
            {t("nav.cart")}
            {cartCount ? (
              <span className="ml-1 rounded-full bg-turquoise-700 px-2 text-white">{cartCount}</span>
            ) : null}
          </Link>
          {user?.role === "BUYER" && (
            <Link href="/orders" className={linkClass}>
              {t("nav.orders")}
            </Link>
          )}
          {user?.role === "SELLER" && (
            <Link href="/seller" className={linkClass}>
              {t("nav.sellerCenter")}
            </Link>
          )}
          {user?.role === "ADMIN" && (
            <Link href="/admin" className={linkClass}>
              {t("nav.admin")}
            </Link>
          )}
          {user ? (
            <>
              <Link href="/account/password" className={linkClass}>
                {t("nav.password")}
              </Link>
              <SignOutButton label={t("nav.signOut")} />
            </>
          ) : (
            <>
              <Link href="/signin" className={linkClass}>
                {t("nav.signIn")}
              </Link>
              <Link href="/signup" className={linkClass}>
                {t("nav.signUp")}
              </Link>
            </>
          )}
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
