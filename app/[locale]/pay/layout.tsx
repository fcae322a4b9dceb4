import { ClientMessages } from "@/components/i18n/client-messages";

// Rendered whole per request (the visitor's own cart, orders, payment): a streamed shell would show
// nothing but a placeholder to a browser without JavaScript, and every form here works without it.
export const instant = false;

// This route's forms are client components that speak the reader's language.
export default function WithStoreMessages({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["store"]}>{children}</ClientMessages>;
}
