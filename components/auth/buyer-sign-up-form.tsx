"use client";

import { useTranslations } from "next-intl";
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/accounts/limits";
import type { ActionResult } from "@/lib/actions/result";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { useErrorText } from "./use-error-text";
import { useSignUp } from "./use-sign-up";

export function BuyerSignUpForm({
  action,
  destination,
}: {
  action: (formData: FormData) => Promise<ActionResult>;
  destination: string;
}) {
  const t = useTranslations("auth.signUp");
  const { state, onSubmit, formRef, pending } = useSignUp(action, destination);
  const errors = useErrorText(state);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        name="name"
        label={t("name")}
        autoComplete="name"
        maxLength={NAME_MAX}
        required
        error={errors.field("name")}
      />
      <Field
        name="email"
        label={t("email")}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={EMAIL_MAX}
        required
        error={errors.field("email")}
      />
      <Field
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        required
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        error={errors.field("password")}
      />
      <FormAlert message={errors.form} />
      <SubmitButton pending={pending} label={t("submitBuyer")} pendingLabel={t("submitting")} />
    </form>
  );
}
