import { ClientMessages } from "@/components/i18n/client-messages";

// A buyer's own conversations, rendered per request (never prerendered or kept offline).
export const instant = false;

export default function WithMessageTexts({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["messages"]}>{children}</ClientMessages>;
}
