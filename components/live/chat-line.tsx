import type { ReactNode } from "react";
import type { ChatView } from "@/lib/live/chat/views";

/** One chat line; the shop's own replies stand out (amber, with a "shop" badge). */
export function ChatLine({
  line,
  sellerLabel,
  actions,
}: {
  line: ChatView;
  sellerLabel: string;
  actions?: ReactNode;
}) {
  return (
    <li
      data-testid="live-chat-line"
      data-from-seller={line.fromSeller || undefined}
      className={`flex items-start gap-2 rounded-xl px-3 py-1.5 ${
        line.fromSeller ? "bg-amber-100 text-amber-950 ring-1 ring-amber-300" : "bg-white/90"
      }`}
    >
      <p className="min-w-0 flex-1 break-words leading-snug">
        {line.fromSeller && (
          <span className="mr-1 rounded-full bg-amber-500 px-1.5 py-0.5 text-xs font-bold text-white">
            {sellerLabel}
          </span>
        )}
        <span className={`mr-1 font-semibold ${line.fromSeller ? "" : "text-turquoise-700"}`}>
          {line.author}
        </span>
        <span>{line.text}</span>
      </p>
      {actions}
    </li>
  );
}
