import { ConsoleDocument, consoleMetadata, consoleViewport } from "@/components/layout/console-document";
import "../globals.css";

export const generateMetadata = consoleMetadata;
export const viewport = consoleViewport;
// Per-user pages, rendered per request with a CSP nonce: nothing to prerender.
export const instant = false;

// Pages check the role themselves (a layout is not re-run on every navigation); this only frames them.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <ConsoleDocument>{children}</ConsoleDocument>;
}
