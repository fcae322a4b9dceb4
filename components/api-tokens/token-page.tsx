import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ApiScope } from "@/lib/api/scopes";
import { listApiTokens } from "@/lib/api/tokens";
import { createApiTokenAction } from "./actions";
import { CreateTokenForm } from "./create-token-form";
import { TokenList } from "./token-list";

/** The seller centre's and the admin's token page: the same form, the scopes of the caller's role. */
export async function TokenPage({
  userId,
  scopes,
  what,
}: {
  userId: string;
  scopes: ApiScope[];
  what: "whatSeller" | "whatAdmin";
}) {
  const [t, tokens] = await Promise.all([getTranslations("developers.tokens"), listApiTokens(userId)]);
  return (
    <div className="flex flex-col gap-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-earth-700">{t("intro", { what: t(what) })}</p>
        <Link href="/developers" className="font-semibold text-turquoise-700 underline">
          {t("reference")}
        </Link>
      </header>
      <CreateTokenForm action={createApiTokenAction} scopes={scopes} />
      <TokenList tokens={tokens} />
    </div>
  );
}
