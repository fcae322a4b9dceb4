import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordChangeForm } from "@/components/auth/password-change-form";
import { requirePageUser } from "@/lib/auth/session";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.passwordChange");
  return { title: t("title") };
}

/** Any signed-in user changes their password here. */
export default async function PasswordChangePage() {
  await requirePageUser(["BUYER", "SELLER", "ADMIN"], "/account/password");
  const t = await getTranslations("auth.passwordChange");
  return (
    <main className="mx-auto max-w-md px-4 py-8 sm:py-12">
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-earth-100 sm:p-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-earth-700">{t("intro")}</p>
        <PasswordChangeForm action={changePasswordAction} />
      </div>
    </main>
  );
}
