import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BuyerSignUpForm } from "@/components/auth/buyer-sign-up-form";
import { BuyerPicture, SellerPicture } from "@/components/auth/role-pictures";
import { RoleTiles } from "@/components/auth/role-tiles";
import { SellerSignUpForm } from "@/components/auth/seller-sign-up-form";
import { roleHome, safeCallbackPath } from "@/lib/accounts/callback";
import { currentUser } from "@/lib/auth/session";
import { signUpBuyerAction, signUpSellerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ as?: string | string[]; callbackUrl?: string | string[] }>;
}) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl));
  const user = await currentUser();
  if (user) redirect(roleHome(user.role));
  const t = await getTranslations("auth.signUp");
  const as = first(params.as);
  const callbackQuery = callbackPath ? `&callbackUrl=${encodeURIComponent(callbackPath)}` : "";
  const signInHref = callbackPath ? `/signin?callbackUrl=${encodeURIComponent(callbackPath)}` : "/signin";
  const chooseHref = callbackPath ? `/signup?callbackUrl=${encodeURIComponent(callbackPath)}` : "/signup";

  const chosen =
    as === "buyer" ? (
      <>
        <Heading picture={<BuyerPicture />} title={t("buyerTitle")} back={t("back")} backHref={chooseHref} />
        <BuyerSignUpForm action={signUpBuyerAction} destination={callbackPath ?? "/"} />
      </>
    ) : as === "seller" ? (
      <>
        <Heading
          picture={<SellerPicture />}
          title={t("sellerTitle")}
          back={t("back")}
          backHref={chooseHref}
        />
        <p className="mb-5 text-earth-700">{t("sellerIntro")}</p>
        <SellerSignUpForm action={signUpSellerAction} />
      </>
    ) : null;

  return (
    <main className="mx-auto max-w-2xl px-4 py-8 sm:py-12">
      {chosen ? (
        <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 sm:p-8">{chosen}</div>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 mb-6 text-lg text-earth-700">{t("choose")}</p>
          <RoleTiles callbackQuery={callbackQuery} />
        </>
      )}
      <p className="mt-6 text-center">
        {t("haveAccount")}{" "}
        <Link
          href={signInHref}
          className="inline-flex min-h-11 items-center font-semibold text-turquoise-700 underline"
        >
          {t("signInLink")}
        </Link>
      </p>
    </main>
  );
}

function Heading({
  picture,
  title,
  back,
  backHref,
}: {
  picture: React.ReactNode;
  title: string;
  back: string;
  backHref: string;
}) {
  return (
    <div className="mb-5 flex items-center gap-4">
      {picture}
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <Link
          href={backHref}
          className="inline-flex min-h-11 items-center font-semibold text-turquoise-700 underline"
        >
          ← {back}
        </Link>
      </div>
    </div>
  );
}
