import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { TokenPage } from "@/components/api-tokens/token-page";
import { scopesForRole } from "@/lib/api/scopes";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developers.tokens"))("title") };
}

export default async function AdminApiTokensPage() {
  const user = await requirePageUser(["ADMIN"], "/admin/api-tokens");
  return (
    <>
      <AdminNav current="apiTokens" />
      <main className="mx-auto max-w-3xl px-4 py-6">
        <TokenPage userId={user.id} scopes={scopesForRole("ADMIN")} what="whatAdmin" />
      </main>
    </>
  );
}
