import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenPage } from "@/components/api-tokens/token-page";
import { scopesForRole } from "@/lib/api/scopes";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developers.tokens"))("title") };
}

export default async function SellerApiTokensPage() {
  const user = await requirePageUser(["SELLER"], "/seller/api-tokens");
  return <TokenPage userId={user.id} scopes={scopesForRole("SELLER")} what="whatSeller" />;
}
