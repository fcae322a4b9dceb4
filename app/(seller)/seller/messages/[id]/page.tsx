import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConversationView } from "@/components/messages/conversation-view";
import { requirePageUser } from "@/lib/auth/session";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { storePath } from "@/lib/i18n/paths";
import { getConversation } from "@/lib/messages/read";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("title") };
}

/** The seller's conversation with one buyer; another shop's conversation is a plain not-found. */
export default async function SellerConversationPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(["SELLER"], `/seller/messages/${id}`);
  const [t, requested, conversation] = await Promise.all([
    getTranslations("messages"),
    getLocale(),
    getConversation(user.id, id),
  ]);
  if (!conversation) notFound();
  const locale = isLocale(requested) ? requested : defaultLocale;
  return (
    <>
      <Link
        href="/seller/messages"
        className="mb-2 inline-flex min-h-11 items-center font-semibold text-turquoise-700"
      >
        ← {t("back")}
      </Link>
      <ConversationView
        conversationId={conversation.id}
        side="SHOP"
        otherName={conversation.buyer.name}
        initialMessages={conversation.messages}
        blockedBy={conversation.blockedBy}
        reported={conversation.reportedBy === "SHOP"}
        locale={locale}
        productBase={storePath(locale, "/p")}
        orderBase={null}
      />
    </>
  );
}
