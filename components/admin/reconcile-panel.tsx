"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { formatFen } from "@/lib/money";
import type { Difference } from "@/lib/payments/reconcile";

export type ReconcileState =
  | { ok: true; differences: Difference[]; periodKey: string; checkedAt: string }
  | { ok: false; error: string }
  | null;

export type ReconcileAction = (prev: ReconcileState, formData: FormData) => Promise<ReconcileState>;

const KNOWN_ERRORS = new Set(["not_signed_in", "forbidden", "not_found"]);

/**
 * Asks the provider for its side of the period only when the admin presses the button: it is a
 * round trip to the provider, too slow to make on every visit of the page.
 */
export function ReconcilePanel({ action, periodKey }: { action: ReconcileAction; periodKey: string }) {
  const t = useTranslations("admin.money.reconcile");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, null);
  const fen = (value: number | null) => (value === null ? "—" : formatFen(value, locale));
  // A result of another period (the admin changed the picker since) is not shown as this one's.
  const result = state?.ok && state.periodKey === periodKey ? state : null;
  return (
    <section
      aria-labelledby="reconcile-heading"
      className="min-w-0 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
    >
      <h2 id="reconcile-heading" className="text-lg font-bold text-earth-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-earth-700">{t("intro")}</p>
      <form action={formAction} className="mt-3">
        <input type="hidden" name="period" value={periodKey} />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded-full bg-turquoise-700 px-5 font-semibold text-white hover:bg-turquoise-900 disabled:opacity-60"
        >
          {pending ? t("working") : t("run")}
        </button>
      </form>
      <div aria-live="polite" className="mt-3">
        {state && !state.ok && (
          <p role="alert" className="text-red-800">
            {t(`errors.${KNOWN_ERRORS.has(state.error) ? state.error : "unknown"}`)}
          </p>
        )}
        {result && result.differences.length === 0 && (
          <p className="rounded-xl bg-green-50 px-3 py-2 font-semibold text-green-900">{t("none")}</p>
        )}
        {result && result.differences.length > 0 && (
          <>
            <p className="rounded-xl bg-amber-50 px-3 py-2 font-semibold text-earth-900">
              {t("found", { count: result.differences.length })}
            </p>
            <ul className="mt-2 divide-y divide-earth-100">
              {result.differences.map((d) => (
                <li key={`${d.kind}:${d.ref}`} className="py-2">
                  <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-[6rem_minmax(0,2fr)_minmax(0,2fr)_7rem_7rem]">
                    <div>
                      <dt className="text-earth-700">{t("kind")}</dt>
                      <dd className="font-semibold">{t(`kinds.${d.kind}`)}</dd>
                    </div>
                    <div>
                      <dt className="text-earth-700">{t("ref")}</dt>
                      <dd className="font-mono break-all">{d.ref}</dd>
                    </div>
                    <div className="col-span-2 sm:col-span-1">
                      <dt className="text-earth-700">{t("problem")}</dt>
                      <dd className="font-semibold">{t(`problems.${d.problem}`)}</dd>
                    </div>
                    <div>
                      <dt className="text-earth-700">{t("ours")}</dt>
                      <dd className="tabular-nums">{fen(d.oursFen)}</dd>
                    </div>
                    <div>
                      <dt className="text-earth-700">{t("theirs")}</dt>
                      <dd className="tabular-nums">{fen(d.theirsFen)}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          </>
        )}
        {result && (
          <p className="mt-2 text-sm text-earth-700">
            {t("checkedAt", {
              time: new Intl.DateTimeFormat(locale, {
                dateStyle: "medium",
                timeStyle: "medium",
                timeZone: "Asia/Shanghai",
              }).format(new Date(result.checkedAt)),
            })}
          </p>
        )}
      </div>
    </section>
  );
}
