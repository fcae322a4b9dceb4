"use client";

import { usePathname } from "next/navigation";
import { ErrorPanel } from "@/components/layout/error-panel";
import { splitLocale } from "@/lib/i18n/paths";
import en from "@/messages/en/common.json";
import zh from "@/messages/zh-CN/common.json";

// Storefront pages carry no message provider (see components/i18n/client-messages.tsx): the error
// page takes its two texts straight from the message files, in the URL's language.
export default function StoreError({ reset }: { reset: () => void }) {
  const { errors } = splitLocale(usePathname() ?? "/")?.locale === "en" ? en : zh;
  return <ErrorPanel title={errors.title} retry={errors.retry} reset={reset} />;
}
