"use client";

import { useTranslations } from "next-intl";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/accounts/limits";
import { Field } from "./field";

/** The email and new password every sign-up asks for, buyer or seller alike. */
export function SignInDetailFields({ fieldError }: { fieldError: (name: string) => string | undefined }) {
  const t = useTranslations("auth.signUp");
  return (
    <>
      <Field
        name="email"
        label={t("email")}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={EMAIL_MAX}
        required
        error={fieldError("email")}
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
        error={fieldError("password")}
      />
    </>
  );
}
