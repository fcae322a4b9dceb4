import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";

/**
 * Gives the client components below it their texts. Only storefront parts with translated client
 * forms use it (cart, checkout, orders, payment, a product's add-to-cart), so the other storefront
 * pages ship neither the message formatter nor any messages to the browser.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: string[];
  children: React.ReactNode;
}) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked} timeZone="Asia/Shanghai">
      {children}
    </NextIntlClientProvider>
  );
}
