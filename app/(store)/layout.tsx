import { getTranslations } from "next-intl/server";
import { StoreHeader } from "@/components/store/store-header";

export default async function StoreLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("store");
  return (
    <>
      <StoreHeader />
      {children}
      <footer className="mt-16 border-t border-earth-100 bg-earth-100/60">
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-earth-700">{t("footer")}</p>
      </footer>
    </>
  );
}
