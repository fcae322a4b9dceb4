"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ApiScope } from "@/lib/api/scopes";

export type CreateTokenState = { ok: true; token: string } | { ok: false; error: string } | null;
type Action = (state: CreateTokenState, formData: FormData) => Promise<CreateTokenState>;

const KNOWN_ERRORS = new Set(["invalid_input", "too_many_tokens", "forbidden", "not_signed_in"]);
const SCOPE_LABEL = { "seller:read": "sellerRead", "village:read": "villageRead" } as const;

/** Name a token and pick its scopes; the new secret is shown here once, to copy. */
export function CreateTokenForm({ action, scopes }: { action: Action; scopes: ApiScope[] }) {
  const t = useTranslations("developers.tokens");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <section aria-labelledby="new-token" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100">
      <h2 id="new-token" className="text-lg font-bold">
        {t("newToken")}
      </h2>
      <form action={formAction} className="mt-3 flex flex-col gap-3">
        <label className="flex flex-col gap-1 font-semibold">
          {t("name")}
          <input
            name="name"
            required
            maxLength={60}
            placeholder={t("nameHint")}
            className="min-h-12 rounded-xl px-3 font-normal ring-1 ring-earth-300 focus:ring-2 focus:ring-turquoise-600"
          />
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend className="font-semibold">{t("scopes")}</legend>
          {scopes.map((scope) => (
            <label key={scope} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="scope" value={scope} defaultChecked className="h-5 w-5" />
              {t(`scope.${SCOPE_LABEL[scope]}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-12 items-center justify-center self-start rounded-full bg-turquoise-700 px-6 font-semibold text-white hover:bg-turquoise-900 disabled:opacity-60"
        >
          {pending ? t("creating") : t("create")}
        </button>
      </form>
      <div aria-live="polite" className="mt-3">
        {state?.ok ? (
          <div className="rounded-xl bg-turquoise-50 p-3 ring-1 ring-turquoise-200">
            <p className="font-semibold">{t("created")}</p>
            <code className="mt-2 block break-all rounded-lg bg-white p-2 font-mono text-sm select-all">
              {state.token}
            </code>
          </div>
        ) : null}
        {state && !state.ok ? (
          <p role="alert" className="text-red-800">
            {t(`errors.${KNOWN_ERRORS.has(state.error) ? state.error : "generic"}`)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
