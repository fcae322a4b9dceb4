"use client";

import { useTranslations } from "next-intl";
import { NAME_MAX } from "@/lib/accounts/limits";
import type { ActionResult } from "@/lib/actions/result";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SignInDetailFields } from "./sign-in-detail-fields";
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
      <SignInDetailFields fieldError={errors.field} />
      <FormAlert message={errors.form} />
      <SubmitButton pending={pending} label={t("submitBuyer")} pendingLabel={t("submitting")} />
    </form>
  );
}
