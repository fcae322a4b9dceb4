"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type ShopAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

const KNOWN_ERRORS = new Set(["not_signed_in", "forbidden", "not_found", "wrong_status", "invalid_input"]);

const tones = {
  primary: "bg-turquoise-700 text-white hover:bg-turquoise-900",
  danger: "bg-white text-red-800 ring-1 ring-red-300 hover:bg-red-50",
  plain: "bg-white text-turquoise-700 ring-1 ring-turquoise-600 hover:bg-turquoise-50",
} as const;

/** One status change for one shop, with the refusal (if any) said in words under the button. */
export function ShopActionButton({
  action,
  shopId,
  label,
  shopName,
  tone,
}: {
  action: ShopAction;
  shopId: string;
  label: string;
  shopName: string;
  tone: keyof typeof tones;
}) {
  const t = useTranslations("admin.shops");
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={formAction} className="flex flex-col items-stretch gap-1 sm:items-end">
      <input type="hidden" name="shopId" value={shopId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label}: ${shopName}`}
        className={`inline-flex min-h-11 items-center justify-center rounded-full px-5 font-semibold disabled:opacity-60 ${tones[tone]}`}
      >
        {pending ? t("working") : label}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {t(`errors.${KNOWN_ERRORS.has(error) ? error : "unknown"}`)}
        </p>
      )}
    </form>
  );
}
