import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { roleHome, safeCallbackPath } from "@/lib/accounts/callback";
import { currentUser } from "@/lib/auth/session";
import { homeForCurrentUser } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const user = await currentUser();
  if (user) redirect(callbackPath ?? roleHome(user.role));
  const t = await getTranslations("auth.signIn");
  const signUpHref = callbackPath ? `/signup?callbackUrl=${encodeURIComponent(callbackPath)}` : "/signup";
  return (
    <main className="mx-auto max-w-md px-4 py-8 sm:py-12">
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-earth-100 sm:p-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-earth-700">{t("intro")}</p>
        <SignInForm callbackPath={callbackPath} homeForCurrentUser={homeForCurrentUser} />
      </div>
      <p className="mt-6 text-center">
        {t("noAccount")}{" "}
        <Link
          href={signUpHref}
          className="inline-flex min-h-11 items-center font-semibold text-turquoise-700 underline"
        >
          {t("signUpLink")}
        </Link>
      </p>
    </main>
  );
}
