import { ClientMessages } from "@/components/i18n/client-messages";

// This route's forms are client components that speak the reader's language.
export default function WithStoreMessages({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["store"]}>{children}</ClientMessages>;
}
