import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { pageLocale } from "@/lib/i18n/page-path";
import { storePath } from "@/lib/i18n/paths";
import { LanguageSwitch } from "./language-switch";

/**
 * The top bar on every page. It is the same for every visitor (so storefront pages can be
 * prerendered); the signed-in links and the cart count are filled in by AccountNav on the client.
 */
export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("common"), pageLocale()]);
  const home = storePath(locale);
  return (
    <header className="sticky top-0 z-20 border-b border-earth-100 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2">
        <Link href={home} className="mr-auto flex items-center gap-2 text-lg font-bold text-turquoise-700">
          <span
            aria-hidden="true"
            className="inline-block h-6 w-6 rounded-full bg-turquoise-500 ring-4 ring-turquoise-100"
          />
          {t("siteName")}
        </Link>
        <nav aria-label={t("nav.mainNavigation")} className="flex flex-wrap items-center gap-1">
          <AccountNav
            homeHref={home}
            cartHref={storePath(locale, "/cart")}
            ordersHref={storePath(locale, "/orders")}
            messagesHref={storePath(locale, "/messages")}
            labels={{
              cart: t("nav.cart"),
              orders: t("nav.orders"),
              messages: t("nav.messages"),
              sellerCenter: t("nav.sellerCenter"),
              admin: t("nav.admin"),
              signIn: t("nav.signIn"),
              signUp: t("nav.signUp"),
              signOut: t("nav.signOut"),
              password: t("nav.password"),
            }}
          />
        </nav>
        <LanguageSwitch
          current={locale}
          label={t("language.label")}
          names={{ "zh-CN": t("language.zh-CN"), en: t("language.en") }}
        />
      </div>
    </header>
  );
}
