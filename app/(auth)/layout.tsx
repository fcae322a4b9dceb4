import { ConsoleDocument, consoleMetadata, consoleViewport } from "@/components/layout/console-document";
import "../globals.css";

export const generateMetadata = consoleMetadata;
export const viewport = consoleViewport;
// Per-user pages, rendered per request with a CSP nonce: nothing to prerender.
export const instant = false;

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ConsoleDocument>{children}</ConsoleDocument>;
}
