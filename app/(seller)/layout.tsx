import { ConsoleDocument, consoleMetadata, consoleViewport } from "@/components/layout/console-document";
import "../globals.css";

export const generateMetadata = consoleMetadata;
export const viewport = consoleViewport;

export default function SellerDocument({ children }: { children: React.ReactNode }) {
  return <ConsoleDocument>{children}</ConsoleDocument>;
}
