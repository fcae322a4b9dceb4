import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxList, previewOf } from "@/components/messages/inbox-list";
import { requirePageUser } from "@/lib/auth/session";
import { listConversations } from "@/lib/messages/read";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("title") };
}

/** The shop's conversations with buyers. */
export default async function SellerInboxPage() {
  const user = await requirePageUser(["SELLER"], "/seller/messages");
  const [t, list] = await Promise.all([getTranslations("messages"), listConversations(user.id)]);
  const items = (list?.conversations ?? []).map((conversation) => ({
    id: conversation.id,
    name: conversation.buyer.name,
    preview: previewOf(conversation.last, t),
    unread: conversation.unread,
    at: conversation.lastMessageAt,
  }));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <InboxList items={items} hrefBase="/seller/messages" />
    </>
  );
}
