import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxList, previewOf } from "@/components/messages/inbox-list";
import { requirePageUser } from "@/lib/auth/session";
import { pageLocale, pageStorePath } from "@/lib/i18n/page-path";
import { listConversations } from "@/lib/messages/read";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("title"), robots: { index: false } };
}

/** The buyer's conversations with shops. */
export default async function BuyerInboxPage() {
  const user = await requirePageUser(["BUYER"], await pageStorePath("/messages"));
  const [t, locale, list] = await Promise.all([
    getTranslations("messages"),
    pageLocale(),
    listConversations(user.id),
  ]);
  const items = (list?.conversations ?? []).map((conversation) => ({
    id: conversation.id,
    name: locale === "en" ? conversation.shop.nameEn : conversation.shop.nameZh,
    preview: previewOf(conversation.last, t),
    unread: conversation.unread,
    at: conversation.lastMessageAt,
  }));
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <InboxList items={items} hrefBase={await pageStorePath("/messages")} />
    </main>
  );
}
