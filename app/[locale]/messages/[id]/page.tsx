import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConversationView } from "@/components/messages/conversation-view";
import { requirePageUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { pageLocale, pageStorePath } from "@/lib/i18n/page-path";
import { getConversation } from "@/lib/messages/read";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("title"), robots: { index: false } };
}

/** A buyer's conversation with one shop. Another buyer's conversation is a plain not-found. */
export default async function BuyerConversationPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(["BUYER"], await pageStorePath(`/messages/${id}`));
  const [t, locale, conversation] = await Promise.all([
    getTranslations("messages"),
    pageLocale(),
    getConversation(user.id, id),
  ]);
  if (!conversation) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-4">
      <Link
        href="/messages"
        className="mb-2 inline-flex min-h-11 items-center font-semibold text-turquoise-700"
      >
        ← {t("back")}
      </Link>
      <ConversationView
        conversationId={conversation.id}
        side="BUYER"
        otherName={locale === "en" ? conversation.shop.nameEn : conversation.shop.nameZh}
        initialMessages={conversation.messages}
        blockedBy={conversation.blockedBy}
        reported={conversation.reportedBy === "BUYER"}
        locale={locale}
        productBase={await pageStorePath("/p")}
        orderBase={await pageStorePath("/orders")}
      />
    </main>
  );
}
