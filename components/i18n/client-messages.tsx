import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";

/**
 * Gives the client components below it their texts. Only storefront parts with translated client
 * forms use it (checkout, orders, payment, messages, a live show's selling panel), so the other
 * storefront pages ship neither the message formatter nor any messages to the browser; the product's
 * add-to-cart form and the cart's line controls take their few texts as props instead.
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
