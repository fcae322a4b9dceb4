"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/accounts/limits";
import type { ActionResult } from "@/lib/actions/result";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { useErrorText } from "./use-error-text";

export function PasswordChangeForm({
  action,
}: {
  action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;
}) {
  const t = useTranslations("auth.passwordChange");
  const [state, formAction, pending] = useActionState(action, null);
  const errors = useErrorText(state);
  // Each try checks the current password, so the wait is long: say so rather than "a minute".
  const formError = state && !state.ok && state.error === "throttled" ? t("throttled") : errors.form;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <Field
        name="currentPassword"
        label={t("current")}
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
        error={errors.field("currentPassword")}
      />
      <Field
        name="newPassword"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        required
        hint={t("newHint", { min: PASSWORD_MIN })}
        error={errors.field("newPassword")}
      />
      <FormAlert message={formError} />
      {state?.ok && (
        <p
          role="status"
          className="rounded-xl bg-turquoise-50 px-4 py-3 font-semibold text-turquoise-900 ring-1 ring-turquoise-500"
        >
          {t("done")}
        </p>
      )}
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
