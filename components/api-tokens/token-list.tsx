import { getLocale, getTranslations } from "next-intl/server";
import type { TokenRow } from "@/lib/api/tokens";
import { revokeApiTokenAction } from "./actions";

/** The caller's tokens: what each may read, when it was last used, and a button to revoke it. */
export async function TokenList({ tokens }: { tokens: TokenRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("developers.tokens"), getLocale()]);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });
  return (
    <section
      aria-labelledby="your-tokens"
      className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
    >
      <h2 id="your-tokens" className="text-lg font-bold">
        {t("yours")}
      </h2>
      {tokens.length === 0 ? <p className="mt-2 text-earth-700">{t("none")}</p> : null}
      <ul className="mt-2 divide-y divide-earth-100">
        {tokens.map((token) => (
          <li key={token.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3">
            <div className="min-w-0 flex-1 basis-60">
              <p className="font-semibold">{token.name}</p>
              <p className="text-sm text-earth-700">
                {t("prefix")} <code className="font-mono">{token.prefix}…</code> · {token.scopes.join(", ")}
              </p>
              <p className="text-sm text-earth-700">
                {t("createdAt")} {date.format(token.createdAt)} · {t("lastUsed")}{" "}
                {token.lastUsedAt ? date.format(token.lastUsedAt) : t("never")}
              </p>
            </div>
            {token.revokedAt ? (
              <span className="rounded-full bg-earth-100 px-3 py-1 text-sm font-semibold text-earth-700">
                {t("revokedAt")} {date.format(token.revokedAt)}
              </span>
            ) : (
              <form action={revokeApiTokenAction}>
                <input type="hidden" name="tokenId" value={token.id} />
                <button
                  type="submit"
                  aria-label={t("revokeLabel", { name: token.name })}
                  className="inline-flex min-h-11 items-center rounded-full px-4 font-semibold text-red-800 ring-1 ring-red-200 hover:bg-red-50"
                >
                  {t("revoke")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
