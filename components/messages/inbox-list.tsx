import { getTranslations } from "next-intl/server";

export type InboxItem = {
  id: string;
  name: string;
  preview: string;
  unread: number;
  at: string;
};

/** A list of conversations, newest first, each with its unread count: the same for buyers and sellers. */
export async function InboxList({ items, hrefBase }: { items: InboxItem[]; hrefBase: string }) {
  const t = await getTranslations("messages");
  if (items.length === 0)
    return <p className="rounded-2xl bg-white p-6 text-earth-700 shadow-sm">{t("inboxEmpty")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {items.map((item) => (
        <li key={item.id}>
          {/* A plain link: the conversation loads as its own document, whose policy allows the
              microphone (a client-side navigation would keep this page's). */}
          <a
            href={`${hrefBase}/${item.id}`}
            className="flex min-h-16 items-center gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 hover:bg-turquoise-50"
          >
            <span className="min-w-0 flex-1">
              <span className="block truncate text-lg font-bold">{item.name}</span>
              <span className="block truncate text-earth-700">{item.preview}</span>
            </span>
            {item.unread > 0 ? (
              <span className="rounded-full bg-red-600 px-2.5 py-0.5 font-bold text-white">
                <span aria-hidden="true">{item.unread}</span>
                <span className="sr-only">{t("unread", { count: item.unread })}</span>
              </span>
            ) : null}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The one-line preview of a conversation's last message. */
export function previewOf(
  last: { kind: string; text: string } | null,
  t: (key: "lastVoice" | "lastPhoto" | "lastProduct" | "lastOrder") => string,
): string {
  if (!last) return "";
  if (last.kind === "TEXT") return last.text;
  if (last.kind === "VOICE") return t("lastVoice");
  if (last.kind === "PHOTO") return t("lastPhoto");
  return last.kind === "PRODUCT" ? t("lastProduct") : t("lastOrder");
}
